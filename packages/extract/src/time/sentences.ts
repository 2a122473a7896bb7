// A minimal sentence splitter, used only when findTimes is given no sentences.
import type { Paragraph, Sentence } from "../model.ts";

const END = /[。！？!?；;]+[”’」』）)]*/g;

/** Splits a paragraph at 。！？； (keeping closing quotes), with offsets into its text. */
export function roughSentences(p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    if (end > start) {
      out.push({ paragraph: p.index, start, end, text: p.text.slice(start, end), simplified: p.simplified.slice(start, end) });
    }
    start = end;
  };
  END.lastIndex = 0;
  for (let m = END.exec(p.simplified); m; m = END.exec(p.simplified)) push(m.index + m[0].length);
  push(p.text.length);
  return out;
}

// Captions dated after the fact: 耶伦与何立峰在北京举行会谈。（2023年7月8日）
import type { Sentence, TimeExpr } from "../model.ts";
import type { ParagraphIndex } from "./paragraph-index.ts";
import type { EventDraft } from "./sentence.ts";

/** A caption's date in brackets after it: 耶伦与何立峰在北京举行会谈。（2023年7月8日） */
const CAPTION_DATE = /^\s*[（(][^（）()]{4,24}[）)]\s*$/;

/** Dates the sentence's undated events by the bracketed date written right after it. */
export function captionDate(drafts: EventDraft[], s: Sentence, next: Sentence | undefined, times: ParagraphIndex<TimeExpr>): void {
  if (!next || next.paragraph !== s.paragraph || !drafts.some((d) => d.from === null) || !CAPTION_DATE.test(next.text)) return;
  const t = times.within(next.paragraph, next.start, next.end).find((x) => x.from && x.to);
  if (!t) return;
  for (const d of drafts) {
    if (d.from !== null) continue;
    d.from = t.from;
    d.to = t.to;
    d.precision = t.precision;
    d.rule = d.rule.replace("date:none", "date:caption");
  }
}

// Rule 3: lexicon names on token boundaries, or where the words around them support a name.
// 王毅表示 ✓ · 布|林肯 ✗ (林肯 inside 布林肯) · 克里姆林宫 ✗ (克里) · 李强调 ✗ (李强)
import type { LexiconEntry } from "../../lexicon/types.ts";
import { aligned, claim, free, type SentenceView } from "../view.ts";
import { glued, leftSupported, rightSupported } from "../support.ts";
import type { Knowledge } from "../knowledge.ts";
import type { SentenceRule } from "./types.ts";

const LATIN_WORD = /[A-Za-z0-9'’\-]/;

/** Whether a lexicon match at [start, end) is a real occurrence of the name. */
export function acceptName(k: Knowledge, v: SentenceView, start: number, end: number, type: LexiconEntry["type"]): boolean {
  // Latin names only as whole words: not Xi in Xi'an
  if (/[A-Za-z]/.test(v.text.charAt(start))) return !LATIN_WORD.test(v.text.charAt(start - 1)) && !LATIN_WORD.test(v.text.charAt(end));
  if (aligned(v, start, end)) return type !== "person" || !glued(v, start, end);
  return leftSupported(k, v, start) && rightSupported(v, end);
}

/** Tags of words whose inside is searched too (unknown words, names, abbreviations, Latin). */
const OPEN_INSIDE = new Set(["x", "nr", "nrt", "nrfg", "nz", "ns", "nt", "j", "eng", "zg", "ng"]);

/**
 * Longest lexicon match that passes `acceptName`, tried at every word start and inside unknown or
 * name-like words (a dictionary word such as 强调 or 克里姆林宫 is never searched inside); people win ties.
 */
export const lexiconNames: SentenceRule = {
  name: "lexicon",
  run(k, v, out) {
    const { text, tokens } = v;
    let ti = 0;
    for (let i = 0; i < text.length; i++) {
      while (ti < tokens.length && tokens[ti]!.end <= i) ti++;
      const t = tokens[ti];
      if (v.taken[i] || (t && t.start < i && !OPEN_INSIDE.has(t.tag))) continue;
      const matches = k.names.matchesAt(text, i);
      for (const m of matches) {
        const e = m.values.find((x) => x.type === "person") ?? m.values[0]!;
        if (!free(v, m.start, m.end) || !acceptName(k, v, m.start, m.end, e.type)) continue;
        out.push({ view: v, start: m.start, end: m.end, type: e.type, rule: this.name, entry: e, name: e.zh });
        claim(v, m.start, m.end);
        i = m.end - 1;
        break;
      }
    }
  },
};

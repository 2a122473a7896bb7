// Rule 3: lexicon names on token boundaries, or where the words around them support a name.
// 王毅表示 ✓ · 布|林肯 ✗ (林肯 inside 布林肯) · 克里姆林宫 ✗ (克里) · 李强调 ✗ (李强)
import type { LexiconEntry } from "../../lexicon/types.ts";
import { aligned, claim, free, type SentenceView } from "../view.ts";
import { glued, leftSupported, rightSupported } from "../support.ts";
import type { Knowledge } from "../knowledge.ts";
import type { SentenceRule } from "./types.ts";

/** Whether a lexicon match at [start, end) is a real occurrence of the name. */
export function acceptName(k: Knowledge, v: SentenceView, start: number, end: number, type: LexiconEntry["type"]): boolean {
  if (aligned(v, start, end)) return type !== "person" || !glued(v, start, end);
  return leftSupported(k, v, start) && rightSupported(v, end);
}

/** Longest lexicon match at each position that passes `acceptName`; people win ties over places. */
export const lexiconNames: SentenceRule = {
  name: "lexicon",
  run(k, v, out) {
    const { text } = v;
    for (let i = 0; i < text.length; i++) {
      if (v.taken[i]) continue;
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

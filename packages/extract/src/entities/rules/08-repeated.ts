// Rule 8 (whole document): a three-character Chinese name that jieba tags as a person (nr) twice or more
// in one article, on token boundaries, is a person even without a title or speech verb. Two-character
// words are left out: jieba tags too many of them nr (白宫).
import { isChineseName } from "../data/chars.ts";
import type { Knowledge } from "../knowledge.ts";
import { glued } from "../support.ts";
import { claim, free, type Candidate, type SentenceView } from "../view.ts";
import { nameShape } from "./name-shape.ts";
import { compoundWord } from "./tag-guard.ts";

/** jieba tags that count for this rule (nrt is for transliterations, which need more support). */
const TAGS = new Set(["nr", "nrfg"]);

/** Minimum occurrences in the document. */
export const MIN_REPEATS = 2;

/** Adds repeated person-tagged Chinese names (rule `repeated-name`). */
export function repeatedNames(k: Knowledge, views: readonly SentenceView[], found: Candidate[]): void {
  const counts = new Map<string, number>();
  for (const v of views) {
    for (const t of v.tokens) {
      if (!TAGS.has(t.tag) || t.word.length < 3 || t.word.length > 4 || v.taken[t.start]) continue;
      counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
    }
  }
  for (const [word, n] of counts) if (n < MIN_REPEATS || !isChineseName(word) || nameShape(k, word) !== "chinese" || compoundWord(k, word)) counts.delete(word);
  if (counts.size === 0) return;
  for (const v of views) {
    for (const t of v.tokens) {
      if (!counts.has(t.word) || !free(v, t.start, t.end) || glued(v, t.start, t.end)) continue;
      found.push({ view: v, start: t.start, end: t.end, type: "person", rule: "repeated-name", name: t.word });
      claim(v, t.start, t.end);
    }
  }
}

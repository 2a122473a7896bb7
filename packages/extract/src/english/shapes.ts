// Names outside the lexicon told by their shape: first names and surnames from compromise's word list,
// pinyin surnames, organization suffixes, place words after a preposition. A lookup per word, no tagging.
import nlp from "compromise";
import type { EntityType } from "../model.ts";
import { nameOf, type EnCandidate, type SentenceWords } from "./candidates.ts";
import { nameWord } from "./name-passes.ts";
import type { EnRules } from "./rules.ts";
import { DATELINE } from "./times.ts";
import { isCapitalized, isInitial, type Word } from "./words.ts";

/** The part of compromise's model this file reads: its word list with tags (Maria → FemaleName). */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
}

const LEXICON = (nlp.model() as CompromiseModel).one.lexicon;
const PERSON_FIRST = new Set(["FirstName", "MaleName", "FemaleName"]);
const PLACE_TAGS = new Set(["Place", "City", "Country", "Region"]);

/** Compromise's tags of a word (lower-cased lookup); empty when it does not know the word. */
export function wordTags(word: string): string[] {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : typeof tags === "string" ? [tags] : tags;
}

const hasTag = (word: string, set: ReadonlySet<string>): boolean => wordTags(word).some((t) => set.has(t));
const PINYIN_WORD = /^[A-Z][a-z]{1,6}(?:-?[a-z]{2,6})?$/;

/** A run of unknown capitalized words: words [from, to) of a sentence. */
export interface Run {
  from: number;
  to: number;
}

/** The runs of capitalized words no earlier pass covered (a sentence's first word alone is no run). */
export function unknownRuns(it: SentenceWords, rules: EnRules): Run[] {
  const out: Run[] = [];
  const ws = it.words;
  const unknown = (w: Word): boolean => nameWord(w, rules) && !rules.commonWords.has(w.text.toLowerCase());
  // WASHINGTON, Oct 26 (Reuters) -: the dateline's words are the report's place and outlet.
  const dateline = it.sentence.start === 0 ? (DATELINE.exec(it.sentence.text)?.[0].length ?? 0) : 0;
  for (let i = 0; i < ws.length; i++) {
    if (ws[i]!.end <= dateline) continue;
    if (it.cover.has(i) || !unknown(ws[i]!)) continue;
    let j = i + 1;
    while (j < ws.length && !it.cover.has(j) && (unknown(ws[j]!) || isInitial(ws[j]!)) && ws[j]!.start - ws[j - 1]!.end <= 2) j++;
    if (!(i === 0 && j === 1)) out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

/** The type a run's shape says it is, or null when the shape says nothing. */
export function shapeOf(it: SentenceWords, run: Run, rules: EnRules): EntityType | null {
  const ws = it.words.slice(run.from, run.to).filter((w) => !isInitial(w));
  const n = ws.length;
  const first = ws[0]!.text;
  const last = ws[n - 1]!.text;
  const before = it.sentence.text.slice(Math.max(0, it.words[run.from]!.start - 12), it.words[run.from]!.start);
  const after = it.sentence.text.slice(it.words[run.to - 1]!.end, it.words[run.to - 1]!.end + 12);
  if (n >= 2 && rules.orgSuffixes.has(last.toLowerCase())) return "organization";
  if (n >= 2 && n <= 4 && (hasTag(first, PERSON_FIRST) || wordTags(last).includes("LastName"))) return "person";
  if (n >= 2 && n <= 3 && rules.pinyinSurnames.has(first) && ws.every((w) => PINYIN_WORD.test(w.text))) return "person";
  if (n >= 2 && n <= 3 && /^(?:,? (?:said|says|told|added)\b|, (?:a|an|the|who)\s)/.test(after)) return "person";
  if (/\b(?:in|at|to|from|near)\s+$/i.test(before) && ws.every((w) => hasTag(w.text, PLACE_TAGS))) return "place";
  return null;
}

/**
 * "Pacific Forum", "Shanghai Institute", "China Daily": an organization word right after a place name makes
 * one organization of both; the place's candidate is dropped and the run grows to cover it.
 */
function absorbPlaceBefore(it: SentenceWords, run: Run, rules: EnRules, out: EnCandidate[]): boolean {
  const ws = it.words;
  if (run.to - run.from !== 1 || !rules.orgSuffixes.has(ws[run.from]!.text.toLowerCase())) return false;
  let j = run.from;
  while (j > 0 && it.cover.has(j - 1) && isCapitalized(ws[j - 1]!.text) && ws[j]!.start - ws[j - 1]!.end === 1) j--;
  if (j === run.from) return false;
  const inside = (c: EnCandidate): boolean => c.sentence === it.sentence && c.from >= j && c.to <= run.from;
  if (!out.some(inside) || out.some((c) => inside(c) && c.type === "person")) return false;
  for (let k = out.length - 1; k >= 0; k--) if (inside(out[k]!)) out.splice(k, 1);
  run.from = j;
  return true;
}

/** Names outside the lexicon told by their shape (rule `en-shape-<type>`); returns the runs left unexplained. */
export function shapePass(items: SentenceWords[], rules: EnRules, out: EnCandidate[]): Map<SentenceWords, Run[]> {
  const left = new Map<SentenceWords, Run[]>();
  for (const it of items) {
    for (const run of unknownRuns(it, rules)) {
      const type = absorbPlaceBefore(it, run, rules, out) ? "organization" : shapeOf(it, run, rules);
      if (!type) {
        const list = left.get(it);
        if (list) list.push(run);
        else left.set(it, [run]);
        continue;
      }
      it.cover.take(run.from, run.to);
      out.push({ sentence: it.sentence, words: it.words, from: run.from, to: run.to, type, name: nameOf(it.words, run.from, run.to), rule: `en-shape-${type}` });
    }
  }
  return left;
}

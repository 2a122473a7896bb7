// Common words that jieba's dictionary tags as people (明朗, 祝贺, 顾问): refused as names without a title before them.
import { twoCharWords } from "./jieba-dict.ts";
import type { Candidate } from "./view.ts";

/** Options of the common-word guard. */
export interface CommonWordOptions {
  /** jieba dictionary frequency from which a two-character nr word counts as a common word. */
  minFrequency: number;
  /** Rules (or rule prefixes) strong enough to keep such a word as a name: a title next to it, a byline, English in parentheses. */
  strongRules: readonly string[];
}

/** Default options: jieba frequency 100 (明朗 287, 祝贺 560; modern two-character names are absent or rarer). */
export const DEFAULT_COMMON_WORD_OPTIONS: CommonWordOptions = {
  minFrequency: 100,
  strongRules: ["title-before-name", "title-after-name", "title-translit", "byline", "english-parens"],
};

const words = new Map<number, Set<string>>();

/** Two-character words jieba's dictionary tags nr/nrfg at or above `minFrequency` (built once per frequency). */
function commonNrWords(minFrequency: number): Set<string> {
  let set = words.get(minFrequency);
  if (set) return set;
  set = new Set();
  for (const [word, { freq, tag }] of twoCharWords()) if ((tag === "nr" || tag === "nrfg") && freq >= minFrequency) set.add(word);
  words.set(minFrequency, set);
  return set;
}

/** True when `name` is a common word jieba tags nr (明朗), not a name without strong support. */
export function isCommonNrWord(name: string, opts: Partial<CommonWordOptions> = {}): boolean {
  const o = { ...DEFAULT_COMMON_WORD_OPTIONS, ...opts };
  return name.length === 2 && commonNrWords(o.minFrequency).has(name);
}

/**
 * Removes person candidates outside the lexicon whose name is such a common word, unless one of the
 * document's candidates for that name came from a strong rule (总统明朗表示 keeps 明朗). Mutates `found`.
 */
export function dropCommonWords(found: Candidate[], opts: Partial<CommonWordOptions> = {}): void {
  const o = { ...DEFAULT_COMMON_WORD_OPTIONS, ...opts };
  const common = commonNrWords(o.minFrequency);
  const weak = (c: Candidate) => !c.entry && c.type === "person" && c.name.length === 2 && common.has(c.name);
  if (!found.some(weak)) return;
  const strong = new Set(found.filter((c) => weak(c) && o.strongRules.some((r) => c.rule.startsWith(r))).map((c) => c.name));
  let w = 0;
  for (const c of found) if (!weak(c) || strong.has(c.name)) found[w++] = c;
  found.length = w;
}

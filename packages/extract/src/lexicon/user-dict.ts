// The lexicon as nodejieba user-dictionary lines (`word freq tag`), so names segment as one word.
import { isSeparator, SEPARATORS, toSimplified } from "./normalize.ts";
import { namesOf } from "./create.ts";
import type { Lexicon, LexiconEntry } from "./types.ts";

/** Part-of-speech tag given to each entry type (jieba's tag set). */
export const USER_DICT_TAGS: Record<LexiconEntry["type"] | "title", string> = {
  person: "nr",
  place: "ns",
  organization: "nt",
  title: "n",
};

/** Frequency by name length: short names get less weight so they do not split longer words. */
export function userDictFreq(word: string): number {
  return word.length <= 2 ? 800 : 3000;
}

const HAN = /[\u3400-\u9fff]/;
const SEP_RE = new RegExp(`[${SEPARATORS.replace(/[-.\]\\^]/g, "\\$&")}]`, "g");

function forms(name: string): string[] {
  const n = name.normalize("NFKC").trim();
  if (!HAN.test(n) || /\s/.test(n)) return [];
  const out = new Set<string>([n, toSimplified(n)]);
  for (const f of [...out]) if ([...f].some(isSeparator)) out.add(f.replace(SEP_RE, ""));
  return [...out].filter((f) => f.length >= 2);
}

/**
 * nodejieba user-dictionary lines for every Chinese name and alias (with and without separators,
 * original and simplified script) and every title: `布林肯 3000 nr`, `安东尼·布林肯 3000 nr`, `国务卿 3000 n`.
 * Names with spaces are left out (jieba splits on spaces anyway).
 */
export function userDict(lexicon: Lexicon): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  const add = (word: string, tag: string) => {
    if (seen.has(word)) return;
    seen.add(word);
    lines.push(`${word} ${userDictFreq(word)} ${tag}`);
  };
  for (const e of lexicon.entries) for (const name of namesOf(e)) for (const f of forms(name)) add(f, USER_DICT_TAGS[e.type]);
  for (const t of lexicon.titles) for (const name of [t.zh, t.zhHant]) if (name) for (const f of forms(name)) add(f, USER_DICT_TAGS.title);
  return lines;
}

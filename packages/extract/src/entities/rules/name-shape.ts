// Shapes of names outside the lexicon: a Chinese name (surname + 1-2 characters) or a transliteration.
import { allHan, allTranslit, isChineseName } from "../data/chars.ts";
import { FOLLOW_WORDS, FUNCTION_TAGS, NAME_TAGS, NOT_NAMES, SIDE_PREFIXES } from "../data/context.ts";
import type { Knowledge } from "../knowledge.ts";
import type { Token } from "../segment.ts";

/** Longest unknown name, in characters. */
export const MAX_NAME = 6;

/** Whether a token may be (part of) a name: Han, not a follow word, a name-like tag. */
export function nameToken(t: Token): boolean {
  if (!allHan(t.word) || FOLLOW_WORDS.has(t.word)) return false;
  return t.word.length === 1 ? !FUNCTION_TAGS.has(t.tag) : NAME_TAGS.has(t.tag);
}

/** jieba's own places and organizations (a single token tagged ns or nt) are never people found by context. */
export function jiebaPlace(tokens: readonly Token[], startsAt: Int32Array, start: number, end: number): boolean {
  const t = tokens[startsAt[start] ?? -1];
  return t !== undefined && t.end === end && (t.tag === "ns" || t.tag === "nt");
}

/** "chinese" or "foreign" when the string looks like a person's name and is nothing else the lexicon knows. */
export function nameShape(k: Knowledge, name: string): "chinese" | "foreign" | null {
  if (name.length < 2 || name.length > MAX_NAME || NOT_NAMES.has(name)) return null;
  if (k.titles.has(name) || k.countries.has(name)) return null;
  // 巴方, 澳方, 双方: a country's or a party's side, never a person
  if (name.length === 2 && name[1] === "方" && (k.countries.has(name[0]!) || SIDE_PREFIXES.has(name[0]!))) return null;
  if (k.lookup(name).some((e) => e.type !== "person")) return null;
  if (isChineseName(name)) return "chinese";
  if (allTranslit(name) && name.length <= 5) return "foreign";
  return null;
}

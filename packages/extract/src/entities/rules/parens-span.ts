// Where the Chinese name before an English name in parentheses starts: 格里什（Jeffrey Gerrish）, 金成哲（Kim Song Chol）.
import { FOLLOW_WORDS, LEAD_WORDS } from "../data/context.ts";
import { nameShape } from "./name-shape.ts";
import { isChineseName, isHan, STRONG_TRANSLIT, TRANSLIT } from "../data/chars.ts";
import { countryEndingAt, titleEndingAt, type Knowledge } from "../knowledge.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import type { SentenceView } from "../view.ts";

/** Longest transliterated name taken before the parenthesis. */
export const MAX_TRANSLIT_SPAN = 6;

/** One romanized Chinese or Korean syllable: Kim, Song, Chol, Jae, in, Hyok, Eui, yong, Xiao (not Tony, Weidong). */
const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxz]{0,3}|[bcdfghjklmnpqrstwxz]{0,2}y)[aeiouy]{1,3}(?:ng|rk|n|m|k|l|p|t|r|h)?$/i;

/** The parts of an English name that is one syllable per character (Kim Hak Song, Moon Jae-in → 3), else 0. */
export function syllableCount(en: string): number {
  const parts = en.split(/[\s\-‐]+/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return 0;
  return parts.every((p) => SYLLABLE.test(p)) ? parts.length : 0;
}

/** Whether a character may not start or sit inside a name (a lead or follow word, a country or title ending before it). */
function stopsAt(k: Knowledge, v: SentenceView, at: number): boolean {
  const ch = v.text.charAt(at - 1);
  if (!isHan(ch) || v.taken[at - 1] || LEAD_WORDS.has(ch) || FOLLOW_WORDS.has(ch)) return true;
  return titleEndingAt(k, v.text, at) !== null || countryEndingAt(k, v.text, at) !== null;
}

/**
 * The start of the Chinese name that ends at `end` and is rendered `en` in the parenthesis after it, or -1:
 * one character per syllable for romanized Chinese and Korean names (金学松（Kim Hak Song）), else the run of
 * transliteration characters back to a title, a country or a lead word (副国务卿帮办巴特勒什（John Butlersh）).
 * Characters already claimed by a mention that ends inside the span do not stop it (the caller replaces that mention).
 */
export function nameSpanBefore(k: Knowledge, v: SentenceView, end: number, en: string): number {
  // 任总统（Tsai Ing-wen）: a title right before the parenthesis is no name
  if (titleEndingAt(k, v.text, end) !== null) return -1;
  const n = syllableCount(en);
  if (n >= 2) {
    const start = end - n;
    if (start < 0 || (start > 0 && isHan(v.text.charAt(start - 1)) && !stopsAt(k, v, start) && !spanEdge(k, v, start))) return -1;
    const name = v.text.slice(start, end);
    return isChineseName(name) && nameShape(k, name) === "chinese" ? start : -1;
  }
  if (isJapaneseName(en)) return japaneseSpan(k, v, end);
  let start = end;
  while (start > 0 && end - start < MAX_TRANSLIT_SPAN && TRANSLIT.has(v.text.charAt(start - 1))) {
    if (start < end && (titleEndingAt(k, v.text, start) !== null || (countryEndingAt(k, v.text, start)?.start ?? start) < start - 1)) break;
    start--;
  }
  if (end - start < 2 || (start > 0 && TRANSLIT.has(v.text.charAt(start - 1)) && !spanEdge(k, v, start))) return -1;
  const name = v.text.slice(start, end);
  if (nameShape(k, name) !== "foreign") return -1;
  // two characters need one that is rare in Chinese words (麦金|尼 no, 巴特 yes)
  if (name.length >= 3) return start;
  for (const ch of name) if (STRONG_TRANSLIT.has(ch)) return start;
  return -1;
}

/** One romanized Japanese word of two or more kana syllables: Akihiko, Tanaka, Shinzo, Kamikawa (not Marco, Narendra). */
const JAPANESE_WORD = /^(?:(?:[kgsztdnhbpmrwfjy]|sh|ch|ts|ky|gy|ny|hy|by|py|my|ry)?[aiueo]{1,2}n?){2,}$/i;

/** Takeo Akiba, Yoko Kamikawa: two words, both romanized Japanese. */
export function isJapaneseName(en: string): boolean {
  const parts = en.trim().split(/\s+/);
  return parts.length === 2 && parts.every((p) => JAPANESE_WORD.test(p));
}

/**
 * 副外相田中明彦（Akihiko Tanaka）: a Japanese name in kanji is two to five Han characters back to a title,
 * a country, a lead word or the start; not a run of transliteration characters (安妮塔).
 */
/**
 * Whether a Japanese name may start at `at`: after a non-Han character, a lead or follow word, a title or a
 * country of two or more characters. A mention inside the span (副外相|田中/nr) and one-character country words
 * (田|中) do not stop it: the caller replaces that mention.
 */
function japaneseEdge(k: Knowledge, v: SentenceView, at: number): boolean {
  const ch = v.text.charAt(at - 1);
  if (!isHan(ch) || LEAD_WORDS.has(ch) || FOLLOW_WORDS.has(ch) || titleEndingAt(k, v.text, at) !== null) return true;
  const c = countryEndingAt(k, v.text, at);
  return c !== null && at - c.start >= 2;
}

function japaneseSpan(k: Knowledge, v: SentenceView, end: number): number {
  for (let start = end - 1; start >= 0 && end - start <= 5; start--) {
    if (!isHan(v.text.charAt(start))) return -1;
    if (end - start < 2 || !(start === 0 || japaneseEdge(k, v, start))) continue;
    const name = v.text.slice(start, end);
    return [...name].some((ch) => !TRANSLIT.has(ch)) ? start : -1;
  }
  return -1;
}

/** True when a title or a country ends at `at` (what comes before the name may be glued to it: 副相金成哲). */
function spanEdge(k: Knowledge, v: SentenceView, at: number): boolean {
  return titleEndingAt(k, v.text, at) !== null || countryEndingAt(k, v.text, at) !== null || v.endsAt[at]! >= 0;
}

/** Whether a lexicon person's names agree with the English in parentheses (a shared word, case-insensitive). */
export function englishAgrees(entry: LexiconEntry, en: string): boolean {
  const words = new Set(en.toLowerCase().split(/[\s\-.]+/).filter((w) => w.length > 1));
  for (const name of [entry.en, ...entry.aliases]) {
    if (!/^[A-Za-z]/.test(name)) continue;
    const parts = name.toLowerCase().split(/[\s\-.]+/).filter((w) => w.length > 1);
    if (parts.length && parts.every((w) => words.has(w))) return true;
    if (parts.length > 1 && words.has(parts[parts.length - 1]!) && !isKoreanOrder(en)) return true;
  }
  return false;
}

/** Kim Song Chol, Moon Jae-in: the family name comes first, so a shared last word says nothing. */
const isKoreanOrder = (en: string): boolean => syllableCount(en) >= 2;

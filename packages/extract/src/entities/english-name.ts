// English names for Chinese names outside the lexicon, by pinyin: 孙卫东 → Sun Weidong (surname first).
import { pinyin } from "pinyin-pro";
import { allHan, isChineseName, STRONG_TRANSLIT, surnameLength } from "./data/chars.ts";
import { CHINESE_NAME_COUNTRIES } from "./data/context.ts";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The pinyin form of a Chinese personal name: surname, space, given name joined and capitalized. */
export function pinyinName(name: string): string {
  const syllables = pinyin(name, { toneType: "none", type: "array", surname: "head" }).map((s) => s.replace(/ü|v/g, "u"));
  const n = surnameLength(name) || 1;
  return `${cap(syllables.slice(0, n).join(""))} ${cap(syllables.slice(n).join(""))}`.trim();
}

/**
 * Whether a name outside the lexicon is a transliterated foreign name: it has a joiner, an English form
 * was given, it holds a character typical of transliteration, or its country is not a Chinese-name country.
 */
export function looksForeign(name: string, country: string | null, hasEnglish: boolean): boolean {
  if (hasEnglish || !allHan(name) || !isChineseName(name)) return true;
  for (const ch of name) if (STRONG_TRANSLIT.has(ch)) return true;
  return country !== null && !CHINESE_NAME_COUNTRIES.has(country);
}

/** The English name of a person outside the lexicon, or null when unsure (布林肯 is not "Bu Linken"). */
export function englishNameOf(name: string, country: string | null): string | null {
  return looksForeign(name, country, false) ? null : pinyinName(name);
}

// Language of a text, a paragraph or a document: the share of CJK ideographs among CJK + Latin letters.
import type { Document } from "../model.ts";

/** A language label: Chinese, English (any Latin-script text), both, or no letters at all. */
export type Lang = "zh" | "en" | "mixed" | "none";

/** Options of the language detector. */
export interface LangOptions {
  /** Weight of one CJK ideograph against one Latin letter (a hanzi carries about a word's worth). */
  cjkWeight: number;
  /** Above this weighted CJK share the text is Chinese; below 1 - zhShare it is English. */
  zhShare: number;
  /** Fewer weighted letters than this: too little text to say ("none"). */
  minLetters: number;
}

/** Defaults: a hanzi weighs three Latin letters; 85 % of either side decides. */
export const DEFAULT_LANG_OPTIONS: LangOptions = { cjkWeight: 3, zhShare: 0.85, minLetters: 2 };

/** Counts of CJK ideographs and Latin letters in a text. */
export interface LetterCounts {
  cjk: number;
  latin: number;
}

/** Counts CJK ideographs (incl. extension A and compatibility) and Latin letters (incl. accented). */
export function countLetters(text: string): LetterCounts {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
  }
  return { cjk, latin };
}

/** The language of counted letters. */
export function langOfCounts(counts: LetterCounts, options: Partial<LangOptions> = {}): Lang {
  const o = { ...DEFAULT_LANG_OPTIONS, ...options };
  const zh = counts.cjk * o.cjkWeight;
  const total = zh + counts.latin;
  if (total < o.minLetters) return "none";
  const share = zh / total;
  if (share >= o.zhShare) return "zh";
  if (share <= 1 - o.zhShare) return "en";
  return "mixed";
}

/**
 * The language of a text.
 * @example languageOf("王毅与布林肯（Antony Blinken）会晤") === "zh"; languageOf("Wang Yi met Blinken") === "en"
 */
export function languageOf(text: string, options: Partial<LangOptions> = {}): Lang {
  return langOfCounts(countLetters(text), options);
}

/** The language of every paragraph of a document, by paragraph index ("none" for a letterless one). */
export function paragraphLanguages(doc: Document, options: Partial<LangOptions> = {}): Lang[] {
  return doc.paragraphs.map((p) => languageOf(p.text, options));
}

/**
 * The language of a whole document: "mixed" when it holds at least two paragraphs of each language,
 * else the language of most of its paragraphs (an English article quoting one Chinese paragraph stays
 * English); with only mixed paragraphs, its letters counted together.
 */
export function documentLanguage(doc: Document, options: Partial<LangOptions> = {}): Exclude<Lang, "none"> {
  const total: LetterCounts = { cjk: 0, latin: 0 };
  const per = { zh: 0, en: 0 };
  for (const p of doc.paragraphs) {
    const c = countLetters(p.text);
    total.cjk += c.cjk;
    total.latin += c.latin;
    const lang = langOfCounts(c, options);
    if (lang === "zh" || lang === "en") per[lang]++;
  }
  if (per.zh >= 2 && per.en >= 2) return "mixed";
  if (per.zh > 0 || per.en > 0) return per.zh >= per.en ? "zh" : "en";
  const lang = langOfCounts(total, options);
  return lang === "none" ? "zh" : lang;
}

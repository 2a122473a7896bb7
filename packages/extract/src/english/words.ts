// English word tokens with offsets: names, numbers and abbreviations, possessive 's split off.
/** One word of a sentence; offsets are into the text it was read from. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** A full stop follows right after it (U.S., Oct., J.). */
  dot: boolean;
}

// Letters and digits, with inner dots, hyphens and apostrophes (U.S, Xi'an, Thomas-Greenfield, O'Brien); the
// possessive ('s, ’s, s') is not part of the word.
const WORD = /[\p{L}\p{N}]+(?:(?:[.\-‐]|['’](?!s\b)(?=\p{L}))[\p{L}\p{N}]+)*/gu;

/**
 * The words of a text in order.
 * @example words("Blinken's talks").map((w) => w.text) → ["Blinken", "s", "talks"]
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: m[0], start, end, dot: text.charCodeAt(end) === 46 });
  }
  return out;
}

/** True when a word starts with a capital letter (a name, a title or the first word of a sentence). */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when a word is a single capital letter, as a middle initial (the J. of Antony J. Blinken). */
export function isInitial(w: Word): boolean {
  return w.dot && w.text.length === 1 && isCapitalized(w.text);
}

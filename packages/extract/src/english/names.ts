// The lexicon's English names as a word index: longest match over words, middle initials skipped.
import type { Lexicon, LexiconEntry } from "../lexicon/index.ts";
import { isCapitalized, isInitial, words, type Word } from "./words.ts";

/** One English name of a lexicon entry, as words. */
export interface NameForm {
  words: string[];
  entry: LexiconEntry;
  /** Short names (Xi, UN, Fed) match only as written; longer ones also in capitals (BLINKEN). */
  exact: boolean;
}

/** A name found in text: words [from, to) of the sentence. */
export interface NameHit {
  from: number;
  to: number;
  entries: LexiconEntry[];
}

/** Single-word English aliases that are also common words at a sentence start; never matched alone. */
export const AMBIGUOUS_WORDS = new Set(["Time", "TIME", "Quad", "Guardian", "Economist", "Georgia"]);

const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;

/** Countries whose people are written surname first (Wang Yi → Wang). */
const SURNAME_FIRST = new Set(["CN", "TW", "HK", "MO", "SG", "KR", "KP", "VN"]);

/** The short form a person is called by after the full name (Wang for Wang Yi, Kritenbrink for Daniel Kritenbrink). */
export function shortFormOf(name: string, country: string | null | undefined): string | null {
  const ws = words(name).filter((w) => !isInitial(w));
  if (ws.length < 2) return null;
  return (country && SURNAME_FIRST.has(country) ? ws[0] : ws[ws.length - 1])!.text;
}

/** The English names of every lexicon entry, indexed by their first word (lower case). */
export class NameIndex {
  private readonly byFirst = new Map<string, NameForm[]>();
  private readonly byShort = new Map<string, LexiconEntry[]>();

  constructor(entries: readonly LexiconEntry[]) {
    for (const entry of entries) {
      const short = entry.type === "person" ? shortFormOf(entry.en, entry.country) : null;
      if (short) this.byShort.set(short, [...(this.byShort.get(short) ?? []), entry]);
      for (const name of new Set([entry.en, ...entry.aliases])) {
        if (!name || HAS_HAN.test(name) || !LATIN.test(name) || AMBIGUOUS_WORDS.has(name)) continue;
        this.add(name, entry);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The one lexicon person called by this short form (Xi, Kritenbrink), or undefined when none or several. */
  person(short: string): LexiconEntry | undefined {
    const list = this.byShort.get(short);
    return list && list.length === 1 ? list[0] : undefined;
  }

  /** Adds one name form (also used for a document's own short forms). */
  add(name: string, entry: LexiconEntry): void {
    const ws = words(name).map((w) => w.text);
    if (ws.length === 0) return;
    const form: NameForm = { words: ws, entry, exact: name.replace(/\W/g, "").length <= 4 };
    const key = ws[0]!.toLowerCase();
    const list = this.byFirst.get(key);
    if (!list) this.byFirst.set(key, [form]);
    else if (!list.some((f) => f.entry.id === entry.id && f.words.join(" ") === form.words.join(" "))) list.push(form);
  }

  /** The longest name starting at word `i`, or null. */
  matchAt(ws: readonly Word[], i: number): NameHit | null {
    const list = this.byFirst.get(ws[i]!.text.toLowerCase());
    if (!list) return null;
    let best: NameHit | null = null;
    for (const form of list) {
      const to = matchForm(form, ws, i);
      if (to < 0) continue;
      if (!best || to > best.to) best = { from: i, to, entries: [form.entry] };
      else if (to === best.to && !best.entries.includes(form.entry)) best.entries.push(form.entry);
    }
    return best;
  }

  /** Every non-overlapping longest name in the words, left to right. */
  matchAll(ws: readonly Word[]): NameHit[] {
    const out: NameHit[] = [];
    for (let i = 0; i < ws.length; ) {
      const hit = this.matchAt(ws, i);
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    return out;
  }
}

function sameWord(form: NameForm, name: string, text: string): boolean {
  if (name === text) return true;
  if (form.exact) return false;
  return text === name.toUpperCase() && isCapitalized(name);
}

/** End word index of a form matched at i, or -1. A middle initial in the text may be skipped (Antony J. Blinken). */
function matchForm(form: NameForm, ws: readonly Word[], i: number): number {
  let j = i;
  for (let k = 0; k < form.words.length; k++) {
    if (k > 0 && j < ws.length && isInitial(ws[j]!) && form.entry.type === "person" && ws[j]!.text !== form.words[k]) j++;
    const w = ws[j];
    if (!w || !sameWord(form, form.words[k]!, w.text)) return -1;
    // Words of one name are written together: no comma or bracket between them.
    if (k > 0 && ws[j - 1] && !joinable(ws[j - 1]!, w)) return -1;
    j++;
  }
  return j;
}

/** Two words are parts of one name when only spaces (or a dot) separate them. */
function joinable(a: Word, b: Word): boolean {
  const gap = b.start - a.end;
  return gap <= 2 && (gap === 1 || (gap === 2 && a.dot));
}

const cache = new WeakMap<Lexicon, NameIndex>();

/** The English name index of a lexicon, built once per lexicon. */
export function nameIndexOf(lexicon: Lexicon): NameIndex {
  let index = cache.get(lexicon);
  if (!index) {
    index = new NameIndex(lexicon.entries);
    cache.set(lexicon, index);
  }
  return index;
}

// A name found in an English sentence, before mentions are grouped into entities.
import type { EntityType, Role, Sentence } from "../model.ts";
import type { LexiconEntry } from "../lexicon/index.ts";
import type { Word } from "./words.ts";

/** One name in one sentence: words [from, to) of `words`, and what it refers to. */
export interface EnCandidate {
  sentence: Sentence;
  words: readonly Word[];
  from: number;
  to: number;
  type: EntityType;
  /** The lexicon entry, when the lexicon knows it. */
  entry?: LexiconEntry;
  /** The English name (the lexicon's, or the words as written). */
  name: string;
  rule: string;
  role?: Role;
}

/** Character offsets of a candidate in its sentence text. */
export function spanOf(c: EnCandidate): { start: number; end: number } {
  return { start: c.words[c.from]!.start, end: c.words[c.to - 1]!.end };
}

/** The words of a candidate as written, joined by single spaces (dots of initials kept). */
export function nameOf(ws: readonly Word[], from: number, to: number): string {
  return ws
    .slice(from, to)
    .map((w) => (w.dot && w.text.length <= 2 ? `${w.text}.` : w.text))
    .join(" ");
}

/** Marks which words of a sentence a candidate already covers. */
export class Coverage {
  private readonly taken: boolean[];
  constructor(size: number) {
    this.taken = new Array<boolean>(size).fill(false);
  }
  /** True when any word in [from, to) is taken. */
  overlaps(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.taken[i]) return true;
    return false;
  }
  /** Takes words [from, to). */
  take(from: number, to: number): void {
    for (let i = from; i < to; i++) this.taken[i] = true;
  }
  /** True when word i is taken. */
  has(i: number): boolean {
    return this.taken[i] === true;
  }
}

/** A sentence with its words and which of them a name already covers. */
export interface SentenceWords {
  sentence: Sentence;
  words: Word[];
  cover: Coverage;
}

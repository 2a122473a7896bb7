// One sentence prepared for the recognition rules: its tokens, token boundaries and claimed characters.
import type { EntityType, Role, Sentence } from "../model.ts";
import type { LexiconEntry } from "../lexicon/types.ts";
import { segment, type Token } from "./segment.ts";

/** A sentence with its segmentation; offsets are into `text` (the sentence's simplified text). */
export interface SentenceView {
  sentence: Sentence;
  text: string;
  tokens: Token[];
  /** Index of the token starting at each offset, or -1. */
  startsAt: Int32Array;
  /** Index of the token ending at each offset, or -1. */
  endsAt: Int32Array;
  /** 1 where a character already belongs to a mention. */
  taken: Uint8Array;
}

/** A mention found by a rule, before entities are built; offsets are into the sentence. */
export interface Candidate {
  view: SentenceView;
  start: number;
  end: number;
  type: EntityType;
  /** The rule that found it. */
  rule: string;
  /** The lexicon entry when the lexicon knows it. */
  entry?: LexiconEntry;
  /** The name as found (simplified), for entities outside the lexicon. */
  name: string;
  /** English name seen in parentheses right after it. */
  nameEn?: string;
  /** Role given by the rule itself (bylines). */
  role?: Role;
}

/** Segments a sentence and indexes its token boundaries. */
export function viewOf(sentence: Sentence): SentenceView {
  return viewsOf([sentence])[0]!;
}

/**
 * `viewOf` for every sentence of a document; their boundary and claim arrays are slices of two
 * buffers (two allocations and one fill per document instead of three allocations per sentence).
 */
export function viewsOf(sentences: readonly Sentence[]): SentenceView[] {
  let chars = 0;
  for (const s of sentences) chars += s.simplified.length;
  const boundaries = new Int32Array(2 * (chars + sentences.length)).fill(-1);
  const taken = new Uint8Array(chars);
  const views: SentenceView[] = [];
  let b = 0;
  let c = 0;
  for (const sentence of sentences) {
    const text = sentence.simplified;
    const tokens = segment(text);
    const n = text.length + 1;
    const startsAt = boundaries.subarray(b, b + n);
    const endsAt = boundaries.subarray(b + n, b + 2 * n);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      startsAt[t.start] = i;
      endsAt[t.end] = i;
    }
    views.push({ sentence, text, tokens, startsAt, endsAt, taken: taken.subarray(c, c + text.length) });
    b += 2 * n;
    c += text.length;
  }
  return views;
}

/** True when [start, end) starts and ends on token boundaries. */
export function aligned(v: SentenceView, start: number, end: number): boolean {
  return (start === 0 || v.startsAt[start]! >= 0 || v.endsAt[start]! >= 0) && (end === v.text.length || v.endsAt[end]! >= 0 || v.startsAt[end]! >= 0);
}

/** True when no character of [start, end) belongs to a mention yet. */
export function free(v: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (v.taken[i]) return false;
  return true;
}

/** Marks [start, end) as belonging to a mention. */
export function claim(v: SentenceView, start: number, end: number): void {
  v.taken.fill(1, start, end);
}

/** The token before offset `at` (ending there), if any. */
export const tokenBefore = (v: SentenceView, at: number): Token | undefined => v.tokens[v.endsAt[at] ?? -1];

/** The token after offset `at` (starting there), if any. */
export const tokenAfter = (v: SentenceView, at: number): Token | undefined => v.tokens[v.startsAt[at] ?? -1];

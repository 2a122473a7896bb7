// People, places and organizations that compromise tags, cut to the name: titles and affiliations stripped.
import nlp from "compromise";
import type { EntityType } from "../model.ts";
import type { EnRules } from "./rules.ts";
import { isCapitalized, type Word } from "./words.ts";
import { MONTHS, WEEKDAYS } from "./dates.ts";
import { nameOf, type EnCandidate, type SentenceWords } from "./candidates.ts";
import type { NameIndex } from "./names.ts";
import type { Run } from "./shapes.ts";

/** A span compromise found, as word indexes [from, to). */
export interface TaggedSpan {
  from: number;
  to: number;
  type: EntityType;
}

interface OffsetJson {
  offset?: { start: number; length: number };
}

const METHODS: [EntityType, "people" | "places" | "organizations"][] = [
  ["person", "people"],
  ["place", "places"],
  ["organization", "organizations"],
];

const isCalendarWord = (w: string): boolean => MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase());

/** Word indexes [from, to) covering the characters [start, end). */
function wordRange(ws: readonly Word[], start: number, end: number): [number, number] | null {
  let from = -1;
  let to = -1;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.end <= start || w.start >= end) continue;
    if (from < 0) from = i;
    to = i + 1;
  }
  return from < 0 ? null : [from, to];
}

/**
 * The names compromise tags in one sentence, each trimmed of title words at both ends ("Advisor Jake
 * Sullivan" → "Jake Sullivan", "State Antony" → "Antony") and kept only when every word left is capitalized.
 */
export function taggedNames(text: string, ws: readonly Word[], rules: EnRules): TaggedSpan[] {
  const doc = nlp(text);
  const out: TaggedSpan[] = [];
  for (const [type, method] of METHODS) {
    for (const j of doc[method]().json({ offset: true }) as OffsetJson[]) {
      if (!j.offset) continue;
      const range = wordRange(ws, j.offset.start, j.offset.start + j.offset.length);
      if (!range) continue;
      let [from, to] = range;
      const strip = (w: Word): boolean => rules.titleWords.has(w.text.toLowerCase()) || (type === "person" && isCalendarWord(w.text));
      while (from < to && strip(ws[from]!)) from++;
      while (to > from && strip(ws[to - 1]!)) to--;
      if (from >= to) continue;
      if (!ws.slice(from, to).every((w) => isCapitalized(w.text))) continue;
      // A "place" that had a title word cut off was a title plus a name (Secretary of State Antony).
      if (type !== "person" && (from !== range[0] || to !== range[1])) continue;
      out.push({ from, to, type });
    }
  }
  return out;
}

/** Words of context compromise gets on each side of an unknown capitalized run (it tags by context). */
const CONTEXT_BEFORE = 4;
const CONTEXT_AFTER = 3;

/** Windows of words around runs, overlapping ones joined. */
export function windowsOf(it: SentenceWords, runs: readonly Run[]): [number, number][] {
  const out: [number, number][] = [];
  for (const run of runs) {
    const from = Math.max(0, run.from - CONTEXT_BEFORE);
    const to = Math.min(it.words.length, run.to + CONTEXT_AFTER);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Names compromise tags in small windows around the runs no other pass explained (compromise tags about
 * 30 KB/s, so it never reads whole sentences); lexicon places and organizations are never people.
 */
export function compromisePass(left: ReadonlyMap<SentenceWords, Run[]>, index: NameIndex, rules: EnRules, out: EnCandidate[]): void {
  for (const [it, runs] of left) {
    for (const [a, b] of windowsOf(it, runs)) {
      const base = it.words[a]!.start;
      const text = it.sentence.text.slice(base, it.words[b - 1]!.end + 1);
      const local = it.words.slice(a, b).map((w) => ({ ...w, start: w.start - base, end: w.end - base }));
      for (const span of taggedNames(text, local, rules)) {
        const from = span.from + a;
        const to = span.to + a;
        if (it.cover.overlaps(from, to)) continue;
        // A lexicon place or organization is never a person (the index knows it under another type).
        const known = index.matchAt(it.words, from);
        if (known && known.to === to && known.entries.some((e) => e.type !== span.type)) continue;
        it.cover.take(from, to);
        out.push({ sentence: it.sentence, words: it.words, from, to, type: span.type, name: nameOf(it.words, from, to), rule: `en-compromise-${span.type}` });
      }
    }
  }
}

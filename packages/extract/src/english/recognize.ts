// recognizeEntitiesEn: people, places and organizations of English text, lexicon first, then titles, then compromise.
import type { DocEntity, Document, Sentence } from "../model.ts";
import type { Lexicon, LexiconEntry } from "../lexicon/index.ts";
import { buildEnglishEntities } from "./build.ts";
import { Coverage, nameOf, type EnCandidate } from "./candidates.ts";
import { taggedNames } from "./compromise-names.ts";
import { MONTHS, WEEKDAYS } from "./dates.ts";
import { nameIndexOf, shortFormOf, type NameIndex } from "./names.ts";
import { builtinEnRules, type EnRules } from "./rules.ts";
import { isCapitalized, isInitial, words, type Word } from "./words.ts";

/** Options of recognizeEntitiesEn. */
export interface RecognizeEnOptions {
  /** Ask compromise for names the lexicon and the title rule miss. */
  compromise: boolean;
  /** Print why each mention was found. */
  explain: boolean;
  /** Compiled English rules (default: rules/triggers-en.json). */
  rules?: EnRules;
  /** Where explanations go (default: stderr). */
  log?: (line: string) => void;
}

/** Defaults: compromise on, no explanations. */
export const DEFAULT_RECOGNIZE_EN_OPTIONS: RecognizeEnOptions = { compromise: true, explain: false };

interface SentenceWords {
  sentence: Sentence;
  words: Word[];
  cover: Coverage;
}

const isCalendar = (w: string): boolean => MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase());

function lexiconPass(items: SentenceWords[], index: NameIndex, out: EnCandidate[]): void {
  for (const it of items) {
    for (const hit of index.matchAll(it.words)) {
      const entry = hit.entries[0]!;
      it.cover.take(hit.from, hit.to);
      out.push({ sentence: it.sentence, words: it.words, from: hit.from, to: hit.to, type: entry.type, entry, name: entry.en, rule: "en-lexicon" });
    }
  }
}

/** Short forms of the lexicon people the document names in full; a form two people share is dropped. */
function shortForms(found: EnCandidate[]): Map<string, LexiconEntry | null> {
  const map = new Map<string, LexiconEntry | null>();
  for (const c of found) {
    if (c.type !== "person" || !c.entry || c.to - c.from < 2) continue;
    const s = shortFormOf(c.entry.en, c.entry.country);
    if (!s) continue;
    const prev = map.get(s);
    map.set(s, prev === undefined || prev?.id === c.entry.id ? c.entry : null);
  }
  return map;
}

function shortFormPass(items: SentenceWords[], forms: Map<string, LexiconEntry | null>, out: EnCandidate[]): void {
  for (const it of items) {
    it.words.forEach((w, i) => {
      const entry = forms.get(w.text);
      if (!entry || it.cover.has(i)) return;
      it.cover.take(i, i + 1);
      out.push({ sentence: it.sentence, words: it.words, from: i, to: i + 1, type: "person", entry, name: entry.en, rule: "en-short-form" });
    });
  }
}

const nameWord = (w: Word, rules: EnRules): boolean => isCapitalized(w.text) && !rules.titleWords.has(w.text.toLowerCase()) && !isCalendar(w.text);

/** "Assistant Secretary of State Daniel Kritenbrink": capitalized words right after a title's last word. */
function titlePass(items: SentenceWords[], rules: EnRules, index: NameIndex, out: EnCandidate[]): void {
  for (const it of items) {
    const ws = it.words;
    for (let i = 1; i < ws.length; i++) {
      const head = ws[i - 1]!;
      if (!rules.nameHeads.has(head.text.toLowerCase()) || !isCapitalized(head.text) || it.cover.has(i)) continue;
      let j = i;
      while (j < ws.length && j - i < 4 && !it.cover.has(j) && (nameWord(ws[j]!, rules) || (j > i && isInitial(ws[j]!))) && ws[j]!.start - ws[j - 1]!.end <= 2) j++;
      if (j - i < 1 || (j - i === 1 && ws[i]!.text.length < 2)) continue;
      it.cover.take(i, j);
      // President Xi, Secretary Blinken: one word that only one lexicon person is called by.
      const entry = j - i === 1 ? index.person(ws[i]!.text) : undefined;
      if (entry) out.push({ sentence: it.sentence, words: ws, from: i, to: j, type: "person", entry, name: entry.en, rule: "en-title-short" });
      else out.push({ sentence: it.sentence, words: ws, from: i, to: j, type: "person", name: nameOf(ws, i, j), rule: "en-title-name" });
      i = j;
    }
  }
}

/** "met Xi in Beijing": a lone capitalized word that only one lexicon person is called by, not a sentence's first. */
function lexiconShortPass(items: SentenceWords[], rules: EnRules, index: NameIndex, out: EnCandidate[]): void {
  for (const it of items) {
    const ws = it.words;
    for (let i = 0; i < ws.length; i++) {
      if (it.cover.has(i) || !nameWord(ws[i]!, rules)) continue;
      const next = ws[i + 1];
      const prev = ws[i - 1];
      // A sentence's first word is a name only before a lower-case word (Xi did not attend).
      if (!prev && (!next || isCapitalized(next.text))) continue;
      // Part of a longer name (Rice University, Lee Hsien Loong) is not a short form.
      if ((next && isCapitalized(next.text) && next.start - ws[i]!.end === 1) || (prev && isCapitalized(prev.text) && !it.cover.has(i - 1) && !rules.titleWords.has(prev.text.toLowerCase()))) continue;
      const entry = index.person(ws[i]!.text);
      if (!entry) continue;
      it.cover.take(i, i + 1);
      out.push({ sentence: it.sentence, words: ws, from: i, to: i + 1, type: "person", entry, name: entry.en, rule: "en-lexicon-short" });
    }
  }
}

/** "Lambert said …" after "Mark Lambert": the first or last word of a local person named in full, wherever it stands alone. */
function localShortPass(items: SentenceWords[], out: EnCandidate[]): void {
  const full = new Map<string, string | null>();
  for (const c of out) {
    if (c.entry || c.type !== "person" || c.to - c.from < 2) continue;
    for (const w of [c.words[c.from]!, c.words[c.to - 1]!]) {
      const prev = full.get(w.text);
      full.set(w.text, prev === undefined || prev === c.name ? c.name : null);
    }
  }
  if (full.size === 0) return;
  for (const it of items) {
    it.words.forEach((w, i) => {
      const name = full.get(w.text);
      if (!name || it.cover.has(i)) return;
      it.cover.take(i, i + 1);
      out.push({ sentence: it.sentence, words: it.words, from: i, to: i + 1, type: "person", name, rule: "en-local-short" });
    });
  }
}

/** Words of context compromise gets on each side of an unknown capitalized run (it tags by context). */
const CONTEXT_BEFORE = 4;
const CONTEXT_AFTER = 3;

/**
 * Windows of words around the capitalized runs nothing has covered yet (a sentence's first word alone is no
 * run): compromise reads only these, not the whole sentence, which keeps English extraction fast.
 */
function unknownWindows(it: SentenceWords, rules: EnRules): [number, number][] {
  const out: [number, number][] = [];
  const ws = it.words;
  const unknown = (w: Word): boolean => nameWord(w, rules) && !rules.commonWords.has(w.text.toLowerCase());
  for (let i = 0; i < ws.length; i++) {
    if (it.cover.has(i) || !unknown(ws[i]!)) continue;
    let j = i + 1;
    while (j < ws.length && !it.cover.has(j) && (unknown(ws[j]!) || isInitial(ws[j]!))) j++;
    if (i === 0 && j === 1) continue;
    const from = Math.max(0, i - CONTEXT_BEFORE);
    const to = Math.min(ws.length, j + CONTEXT_AFTER);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else out.push([from, to]);
    i = j;
  }
  return out;
}

function compromisePass(items: SentenceWords[], rules: EnRules, index: NameIndex, out: EnCandidate[]): void {
  for (const it of items) {
    for (const [a, b] of unknownWindows(it, rules)) {
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

/**
 * The people, places and organizations of an English document (or of the English sentences of a mixed one):
 * lexicon names (longest match, possessives, middle initials), short forms of people named in full, names
 * after a title word, then what compromise tags. Lexicon ids are shared with the Chinese passes; others get
 * `local:<name>` with the English name as `nameEn`, so @parley/graph joins them with 孙卫东 (Sun Weidong).
 */
export function recognizeEntitiesEn(doc: Document, sentences: Sentence[], lexicon: Lexicon, options: Partial<RecognizeEnOptions> = {}): DocEntity[] {
  const o = { ...DEFAULT_RECOGNIZE_EN_OPTIONS, ...options };
  const rules = o.rules ?? builtinEnRules();
  const index = nameIndexOf(lexicon);
  const items: SentenceWords[] = sentences.map((s) => {
    const ws = words(s.text);
    return { sentence: s, words: ws, cover: new Coverage(ws.length) };
  });
  const found: EnCandidate[] = [];
  lexiconPass(items, index, found);
  shortFormPass(items, shortForms(found), found);
  titlePass(items, rules, index, found);
  lexiconShortPass(items, rules, index, found);
  if (o.compromise) compromisePass(items, rules, index, found);
  localShortPass(items, found);
  const entities = buildEnglishEntities(doc, lexicon, found);
  if (o.explain) {
    const log = o.log ?? ((line: string) => process.stderr.write(`parley explain: ${line}\n`));
    for (const e of entities) for (const m of e.mentions) log(`${doc.id} ¶${m.paragraph}:${m.start} ${m.surface} → ${e.id} (${m.rule})`);
  }
  return entities;
}

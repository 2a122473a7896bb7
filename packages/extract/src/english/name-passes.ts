// The name passes of English recognition: lexicon names, short forms, names after titles, local short forms.
import type { Lexicon, LexiconEntry } from "../lexicon/index.ts";
import { nameOf, type EnCandidate, type SentenceWords } from "./candidates.ts";
import { MONTHS, WEEKDAYS } from "./dates.ts";
import { shortFormOf, type NameIndex } from "./names.ts";
import type { EnRules } from "./rules.ts";
import { isCapitalized, isInitial, type Word } from "./words.ts";

/** True for month and weekday names (October, Thursday): never a name. */
export const isCalendar = (w: string): boolean => MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase());

/** Lexicon names, longest first; covers their words. */
export function lexiconPass(items: SentenceWords[], index: NameIndex, out: EnCandidate[]): void {
  for (const it of items) {
    for (const hit of index.matchAll(it.words)) {
      const entry = hit.entries[0]!;
      it.cover.take(hit.from, hit.to);
      out.push({ sentence: it.sentence, words: it.words, from: hit.from, to: hit.to, type: entry.type, entry, name: entry.en, rule: "en-lexicon" });
    }
  }
}

/** Short forms of the lexicon people the document names in full; a form two people share is dropped. */
export function shortForms(found: EnCandidate[]): Map<string, LexiconEntry | null> {
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

/** Lone short forms (Wang, Xi) of the lexicon people the document names in full. */
export function shortFormPass(items: SentenceWords[], forms: Map<string, LexiconEntry | null>, out: EnCandidate[]): void {
  for (const it of items) {
    it.words.forEach((w, i) => {
      const entry = forms.get(w.text);
      if (!entry || it.cover.has(i)) return;
      it.cover.take(i, i + 1);
      out.push({ sentence: it.sentence, words: it.words, from: i, to: i + 1, type: "person", entry, name: entry.en, rule: "en-short-form" });
    });
  }
}

/** A capitalized word that is no title or calendar word: it may be part of a name. */
export const nameWord = (w: Word, rules: EnRules): boolean => isCapitalized(w.text) && !rules.titleWords.has(w.text.toLowerCase()) && !isCalendar(w.text);

/** "Assistant Secretary of State Daniel Kritenbrink": capitalized words right after a title's last word. */
export function titlePass(items: SentenceWords[], rules: EnRules, index: NameIndex, out: EnCandidate[]): void {
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
export function lexiconShortPass(items: SentenceWords[], rules: EnRules, index: NameIndex, out: EnCandidate[]): void {
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
export function localShortPass(items: SentenceWords[], out: EnCandidate[]): void {
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

/** "in the Chinese capital", "Group of 20": phrases that name a lexicon entry (rules/triggers-en.json namePhrases). */
export function namePhrasePass(items: SentenceWords[], rules: EnRules, lexicon: Lexicon, out: EnCandidate[]): void {
  for (const it of items) {
    rules.namePhrase.lastIndex = 0;
    for (const m of it.sentence.text.matchAll(rules.namePhrase)) {
      const entry = lexicon.byId(rules.phraseIds.get(m[0].toLowerCase()) ?? "");
      const from = it.words.findIndex((w) => w.start >= m.index);
      let to = from;
      while (to < it.words.length && it.words[to]!.end <= m.index + m[0].length) to++;
      if (!entry || from < 0 || to <= from || it.cover.overlaps(from, to)) continue;
      it.cover.take(from, to);
      out.push({ sentence: it.sentence, words: it.words, from, to, type: entry.type, entry, name: entry.en, rule: "en-name-phrase" });
    }
  }
}

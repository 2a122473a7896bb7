// extractEnglish: the English passes over the English sentences of a document, added to the pipeline's state.
import type { DocEntity, Document, Sentence } from "../model.ts";
import type { ExtractionState } from "../passes/types.ts";
import { languageOf, paragraphLanguages } from "../lang/index.ts";
import { extractEventsEn } from "./events.ts";
import { recognizeEntitiesEn } from "./recognize.ts";
import { findTimesEn } from "./times.ts";

/**
 * The sentences of a document by language, paragraph by paragraph whatever the document's label: an English
 * quote inside a Chinese article goes to the English passes. A paragraph of both languages is split sentence by
 * sentence (a sentence still of both stays Chinese: 布林肯（Antony Blinken）); a paragraph without letters
 * follows the document.
 */
export function splitByLanguage(doc: Document, sentences: Sentence[]): { zh: Sentence[]; en: Sentence[] } {
  const langs = paragraphLanguages(doc);
  const zh: Sentence[] = [];
  const en: Sentence[] = [];
  for (const s of sentences) {
    const p = langs[s.paragraph] ?? "none";
    const lang = p === "mixed" ? languageOf(s.text) : p === "none" ? doc.lang : p;
    (lang === "en" ? en : zh).push(s);
  }
  return { zh, en };
}

/** Entities of two passes over one document joined by id: mentions, aliases and roles together. */
export function mergeDocEntities(a: DocEntity[], b: DocEntity[]): DocEntity[] {
  const byId = new Map<string, DocEntity>(a.map((e) => [e.id, { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: [...e.mentions] }]));
  for (const e of b) {
    const old = byId.get(e.id);
    if (!old) {
      byId.set(e.id, e);
      continue;
    }
    old.aliases = [...new Set([...old.aliases, ...e.aliases])];
    old.roles.push(...e.roles.filter((r) => !old.roles.some((o) => o.title === r.title && o.country === r.country)));
    old.mentions.push(...e.mentions);
    old.mentions.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
    old.nameEn ??= e.nameEn;
    old.country ??= e.country;
  }
  return [...byId.values()];
}

/**
 * Runs the English passes (entities, times, events) over the English sentences of `state.document` and adds
 * what they find to the state. Meant to run after the Chinese passes have seen only the Chinese sentences
 * (see `splitByLanguage`); sets the dateline when the Chinese passes left none.
 * @example for (const pass of PASSES) pass.run(state); extractEnglish(state);
 */
export function extractEnglish(state: ExtractionState): void {
  const { document: doc, options } = state;
  const en = state.english;
  if (en.length === 0) return;
  const explain = options.explain ?? false;
  const entities = recognizeEntitiesEn(doc, en, options.lexicon, { explain });
  const { times, dateline } = findTimesEn(doc, en);
  doc.dateline ??= dateline;
  const events = extractEventsEn(doc, en, entities, times, { explain });
  state.entities = mergeDocEntities(state.entities, entities);
  state.times = [...state.times, ...times].sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  state.events = [...state.events, ...events];
}

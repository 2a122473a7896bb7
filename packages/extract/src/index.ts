// @parley/extract: reads news articles and extracts people, places, organizations, dates and events.
export type * from "./model.ts";

// Ingest: files → Documents (formats, encodings, scripts, boilerplate, sentences).
export {
  IngestError,
  loadDocuments,
  readDocument,
  splitSentences,
  toSourceOffset,
  toSimplified,
  detectScript,
  decode,
  DEFAULT_LOAD_OPTIONS,
} from "./ingest/index.ts";
export type { LoadOptions, LoadResult } from "./ingest/index.ts";

// Lexicon: people, places, organizations and titles as data.
export { loadLexicon, LexiconError, BUILTIN_LEXICON_DIR, parseLexicon } from "./lexicon/index.ts";
export type { Lexicon, LexiconEntry, PersonEntry, PlaceEntry, OrganizationEntry, TitleEntry } from "./lexicon/index.ts";

// The passes, and the pipeline that runs them over one document.
export { recognizeEntities, explainMentions } from "./entities/index.ts";
export { findTimes, normalizeTimes, inferDocumentDate } from "./time/index.ts";
export { extractEvents } from "./events/index.ts";
export { languageOf, paragraphLanguages, documentLanguage } from "./lang/index.ts";
export { recognizeEntitiesEn, findTimesEn, extractEventsEn, extractEnglish, splitByLanguage } from "./english/index.ts";
export { extractDocument, PASSES } from "./pipeline.ts";
export type { ExtractOptions } from "./pipeline.ts";

// Cross-document dating of articles that state no date.
export { DatedEvents, crossDate, agreeingEvents, candidateDates, dateByTerms, dateByWorld, worldBounds, termYears, DEFAULT_CROSS_DATE_OPTIONS } from "./dating/index.ts";
export type { CrossDated, CrossDateOptions, DatedSpan } from "./dating/index.ts";

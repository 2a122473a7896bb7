// People, places and organizations in a document: segmentation, numbered recognition rules, entities.
export { DEFAULT_RECOGNIZE_OPTIONS, recognizeEntities, SENTENCE_RULES } from "./recognize.ts";
export type { RecognizeOptions } from "./recognize.ts";
export { explainMentions } from "./explain.ts";
export { segment, useLexicon } from "./segment.ts";
export type { Token } from "./segment.ts";
export { englishNameOf, looksForeign, pinyinName } from "./english-name.ts";
export { isEnglishPersonName } from "./rules/english-person.ts";
export { BYLINE_PATTERNS } from "./rules/04-bylines.ts";
export type { SentenceRule } from "./rules/types.ts";

// English articles and paragraphs: entities (lexicon + compromise), time expressions and events, same shapes as the Chinese passes.
export { DEFAULT_RECOGNIZE_EN_OPTIONS, recognizeEntitiesEn } from "./recognize.ts";
export type { RecognizeEnOptions } from "./recognize.ts";
export { DEFAULT_FIND_TIMES_EN_OPTIONS, findTimesEn } from "./times.ts";
export type { FindTimesEnOptions } from "./times.ts";
export { DEFAULT_EXTRACT_EVENTS_EN_OPTIONS, extractEventsEn } from "./events.ts";
export type { ExtractEventsEnOptions } from "./events.ts";
export { NameIndex, nameIndexOf, shortFormOf } from "./names.ts";
export { EN_TIME_RULES, MONTHS, WEEKDAYS } from "./dates.ts";
export { BUILTIN_EN_RULES_FILE, builtinEnRules, compileEnRules } from "./rules.ts";
export type { EnRuleData, EnRules, EnTriggerRule } from "./rules.ts";
export { tenseAt as englishTenseAt } from "./tense.ts";
export { words } from "./words.ts";
export type { Word } from "./words.ts";
export { extractEnglish, mergeDocEntities, splitByLanguage } from "./extract.ts";

// Time expressions: recognized in simplified and traditional Chinese, normalized to day intervals.
export { findTimes, DEFAULT_FIND_TIMES_OPTIONS } from "./find.ts";
export type { FindTimesOptions, FoundTimes } from "./find.ts";
export { normalizeTimes } from "./normalize.ts";
export type { TimeReference } from "./normalize.ts";
export { inferDocumentDate, DEFAULT_INFER_OPTIONS } from "./infer.ts";
export type { InferOptions, InferredDate } from "./infer.ts";
export { tenseAt } from "./tense.ts";
export { TIME_RULES } from "./rules.ts";
export { YEAR_CLUES, yearFromClues, dateFromUrl } from "./year-clues.ts";
export type { YearClue } from "./year-clues.ts";
export { parseNumber } from "./numerals.ts";
export { OUTLET_UTC_OFFSETS, publishedDay } from "./zones.ts";
export type { Tense, TimeRule } from "./types.ts";

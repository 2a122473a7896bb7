// Cross-document dating: an undated article's dateline from the dated articles that report the same events.
export { DatedEvents, DEFAULT_DATED_EVENTS_OPTIONS, eventKey, locatedSpan } from "./dated-events.ts";
export type { DatedSpan, DatedEventsOptions } from "./dated-events.ts";
export { candidateDates, plusMonths } from "./candidates.ts";
export type { Candidate, YearBounds } from "./candidates.ts";
export { crossDate, agreeingEvents, DEFAULT_CROSS_DATE_OPTIONS } from "./cross-date.ts";
export type { CrossDated, CrossDateOptions, Reextract } from "./cross-date.ts";
export { termYears, dateByTerms } from "./terms.ts";
export type { YearSpan } from "./terms.ts";

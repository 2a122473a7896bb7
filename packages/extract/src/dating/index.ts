// Cross-document dating: an undated article's dateline from the dated articles that report the same events.
export { DatedEvents, DEFAULT_DATED_EVENTS_OPTIONS, eventKey, locatedSpan } from "./dated-events.ts";
export type { DatedSpan, DatedEventsOptions } from "./dated-events.ts";
export { candidateDates, plusMonths } from "./candidates.ts";
export type { Candidate, YearBounds } from "./candidates.ts";
export { crossDate, agreeingEvents, DEFAULT_CROSS_DATE_OPTIONS } from "./cross-date.ts";
export type { CrossDated, CrossDateOptions, Reextract } from "./cross-date.ts";
export { termYears, dateByTerms } from "./terms.ts";
export type { YearSpan } from "./terms.ts";
export { dateByWorld, worldBounds, DEFAULT_WORLD_DATE_OPTIONS } from "./world-date.ts";
export type { WorldDateOptions } from "./world-date.ts";
export { summitCalendar, SummitCalendar, SUMMITS_FILE } from "./summits.ts";
export type { Summit, Forum, SummitMention } from "./summits.ts";
export { officeTerms, OfficeTerms, OFFICES_FILE } from "./offices.ts";
export type { OfficeTerm } from "./offices.ts";
export { combineClues } from "./clues.ts";
export type { WorldClue, WorldBounds, DayWindow } from "./clues.ts";

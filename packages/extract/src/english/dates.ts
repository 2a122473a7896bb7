// Month, weekday and season names, and the regular expressions of English time expressions, compiled once.

/** Month names and abbreviations (lower case, without the dot) → month 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9],
  ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);

/** Weekday names → Monday = 0 ... Sunday = 6 (as calendar.weekdayOf). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["monday", 0], ["tuesday", 1], ["wednesday", 2], ["thursday", 3], ["friday", 4], ["saturday", 5], ["sunday", 6],
]);

/** Seasons → first month and length in months (northern hemisphere; winter starts in December). */
export const SEASONS: ReadonlyMap<string, number> = new Map([["spring", 3], ["summer", 6], ["fall", 9], ["autumn", 9], ["winter", 12]]);

/** Month with day: Oct. 26, October 26-28, Sept. 30 to Oct. 2, October 26, 2023 (capitalized names only: "may" is a verb). */
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
const MONTH_FULL = "(January|February|March|April|May|June|July|August|September|October|November|December)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const TO = "\\s*(?:-|–|—|to|and|through|until)\\s*";

/** One English time pattern; `kind` says how its groups are read. */
export interface EnglishTimeRule {
  name: string;
  kind: "month-day" | "day-month" | "month-year" | "month" | "iso" | "weekday" | "relative" | "year" | "season";
  re: RegExp;
}

/** The patterns, most specific first; an earlier rule wins where matches overlap. */
export const EN_TIME_RULES: readonly EnglishTimeRule[] = [
  { name: "en-iso", kind: "iso", re: /\b(\d{4})-(\d{2})-(\d{2})\b/g },
  { name: "en-month-day", kind: "month-day", re: new RegExp(`\\b${MONTH} ${DAY}(?:${TO}(?:${MONTH} )?${DAY})?(?:,? (\\d{4}))?\\b`, "g") },
  { name: "en-day-month", kind: "day-month", re: new RegExp(`\\b${DAY}(?:${TO}${DAY})? ${MONTH}(?:,? (\\d{4}))?\\b`, "g") },
  { name: "en-month-year", kind: "month-year", re: new RegExp(`\\b(?:(early|mid|late|the end of|end of|the beginning of|the start of)[- ])?${MONTH},? (\\d{4})\\b`, "g") },
  {
    name: "en-month",
    kind: "month",
    re: new RegExp(`\\b(in|In|during|During|since|until|by|this|This|last|Last|next|Next|early|Early|mid|late|Late|end of|the end of|the beginning of)[- ]${MONTH_FULL}\\b`, "g"),
  },
  { name: "en-weekday", kind: "weekday", re: /\b(?:(last|next|this|coming|past|Last|Next|This)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g },
  {
    name: "en-relative",
    kind: "relative",
    re: /\b(today|yesterday|tomorrow|tonight|(?:earlier |later )?(?:this|last|next) (?:week|month|year|weekend))\b/gi,
  },
  { name: "en-season", kind: "season", re: /\b(this|last|next|earlier this|later this|early|late|in the|during the|over the)\s+(spring|summer|autumn|fall|winter)\b/gi },
  { name: "en-year", kind: "year", re: /\b(?:in|In|since|during|During|by|until|of|early|late|mid-?)\s+((?:19|20)\d{2})\b(?![-/]\d)/g },
];

// inferDocumentDate: a date for a document that states none, from the dates its text writes.
import type { Document, TimeExpr } from "../model.ts";
import { nearestDayOfMonth } from "./anchor-relative.ts";
import { isoDay } from "./calendar.ts";
import { parseNumber } from "./numerals.ts";
import { TIME_RULES } from "./rules.ts";
import { tenseAt } from "./tense.ts";
import { writtenDay } from "./today.ts";
import { dateFromUrl } from "./year-clues.ts";
import { inBackground, yearOfText } from "./year-of-text.ts";

/** An inferred dateline: never the published date, always marked inferred. */
export interface InferredDate {
  date: string;
  inferred: true;
  basis: string;
}

/** Options of inferDocumentDate. */
export interface InferOptions {
  /** A year to assume when the text writes none (e.g. the corpus year); null for none. */
  yearHint: number | null;
  /** The latest year a text with no year at all may be from (a weekday picks the year up to it). */
  thisYear: number;
}

/** Defaults: no year hint; texts are from this year or earlier. */
export const DEFAULT_INFER_OPTIONS: InferOptions = { yearHint: null, thisYear: new Date().getUTCFullYear() };

const MONTH_DAY = /([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])[ \u3000]?月[ \u3000]?([0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])/;
const BARE_DAY = /([0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?)[ \u3000]?[日号號]/;
// 周五（2月28日） and 今天（6月29日） write a month-day too.
const MONTH_DAY_RULES = new Set(["month-day", "month-day-range", "weekday-bracket-date", "day-word-bracket-date"]);
const WRITES_MONTH = new Set(TIME_RULES.filter((r) => r.explicit === "month").map((r) => r.name));

interface Dated {
  iso: string;
  at: number;
  surface: string;
}

/**
 * Infers the date of a document that states none: the latest full date its text writes (its year
 * from the text, a numbered annual session such as 第78届联合国大会, the URL or `yearHint`), moved on by
 * bare days written after it (9月28日 … 3日 / 4日 → 10月4日), and set to the day the text gives itself
 * (今日（10日）, 华盛顿15日专电) in that month. Null when the text dates nothing.
 * `exprs` are the document's times resolved without an anchor, in document order.
 */
export function inferDocumentDate(doc: Document, exprs: TimeExpr[], options: Partial<InferOptions> = {}): InferredDate | null {
  const { yearHint, thisYear } = { ...DEFAULT_INFER_OPTIONS, ...options };
  const urlDate = dateFromUrl(doc.url);
  if (urlDate) return { date: urlDate, inferred: true, basis: `date in the URL ${urlDate}` };

  // A date in a future clause (将于2023年11月15日举行) says nothing about when the text was written.
  const reported = exprs.map((e) => !isFuture(doc, e));
  let latest: Dated | null = null;
  let background: Dated | null = null;
  let yearBasis = "";
  for (const [at, e] of exprs.entries()) {
    if (reported[at] && e.anchor === "absolute" && e.precision === "day" && e.to && (!latest || e.to > latest.iso)) {
      // 2019年10月11日，两人曾在金奈会晤: a background date is the text's date only when nothing else dates it.
      if (!inBackground(doc, e)) latest = { iso: e.to, at, surface: e.surface };
      else if (!background || e.to > background.iso) background = { iso: e.to, at, surface: e.surface };
    }
  }
  if (!latest) {
    const year = yearOfText(doc, exprs, reported, yearHint, thisYear);
    if (year) yearBasis = `; year ${year.basis}`;
    for (const [at, e] of year ? exprs.entries() : []) {
      const m = reported[at] && MONTH_DAY_RULES.has(e.rule) ? MONTH_DAY.exec(e.surface) : null;
      const iso = m && year ? isoDay(year.year, parseNumber(m[1] ?? "") ?? 0, parseNumber(m[2] ?? "") ?? 0) : null;
      if (iso && (!latest || iso > latest.iso)) latest = { iso, at, surface: e.surface };
    }
  }
  // 2024年，… 7月下旬，… 26日: the latest day the text dates through its own written year and month.
  const fromText = !latest;
  for (const [at, e] of latest ? [] : exprs.entries()) {
    if (reported[at] && e.anchor === "text" && e.precision === "day" && e.to && (!latest || e.to > latest.iso)) {
      latest = { iso: e.to, at, surface: e.surface };
    }
  }
  latest ??= background;
  if (!latest) return null;
  const found: Dated = latest;
  const later = laterBareDay(found, exprs, reported);
  const basis = `${fromText ? "latest day dated by the text's year and month" : "latest absolute date"} ${found.iso}${later ? `; day-of-month ${later.surface} after it` : ""}${yearBasis}`;
  const date = later?.iso ?? found.iso;
  // 今日（10日） / 华盛顿15日专电 name the document's own day: it sharpens the inferred one.
  const own = writtenDay(doc, exprs, date);
  if (own) return { date: own.iso, inferred: true, basis: `${basis}; the text's own day ${own.surface}` };
  return { date, inferred: true, basis };
}

/**
 * The latest bare day written after the latest full date, in its nearer month (28日 … 3日 → the next
 * month); also a bare day written before any month (26日在永珍… 7月下旬 … 前一天（25日）), which the
 * first pass could not date.
 */
function laterBareDay(latest: Dated, exprs: TimeExpr[], reported: boolean[]): Dated | null {
  let best: Dated | null = null;
  let undated = true;
  for (let at = 0; at < exprs.length; at++) {
    const e = exprs[at];
    if (e?.to && e.precision === "day") undated = false;
    if (at <= latest.at && !(undated && e?.rule === "day" && e.to === null)) continue;
    // Another month and day written after the latest date (回顾2023年7月8日 … 9日) ends its run of bare days.
    if (at > latest.at && e?.to && e.precision === "day" && WRITES_MONTH.has(e.rule) && e.to.slice(0, 7) !== latest.iso.slice(0, 7)) break;
    if (!e || e.rule !== "day" || !reported[at]) continue;
    const m = BARE_DAY.exec(e.surface);
    const d = m ? parseNumber(m[1] ?? "") : null;
    if (d === null) continue;
    // The nearer reading wins: 28日 … 3日 is the next month, 17日专电 … 16日 the day before.
    const iso = nearestDayOfMonth(latest.iso, d);
    if (iso && iso > latest.iso && (!best || iso > best.iso)) best = { iso, at, surface: m?.[0] ?? e.surface };
  }
  return best;
}

/** True when the expression's own clause is in the future (将于…举行). */
function isFuture(doc: Document, e: TimeExpr): boolean {
  const p = doc.paragraphs[e.paragraph];
  return p !== undefined && tenseAt(p.simplified, e.start, e.end, "clause") === "future";
}

// Resolves one English time match to a day interval against the anchor day and the clause's tense.
import type { Precision, TimeExpr } from "../model.ts";
import type { Tense } from "../time/index.ts";
import { addDays, addMonths, daysInMonth, isoDay, monthSpan, parseIso, pad2, weekdayOf } from "../time/calendar.ts";
import { MONTHS, SEASONS, WEEKDAYS, type EnglishTimeRule } from "./dates.ts";

/** A resolved interval, before offsets are attached. */
export interface EnResolved {
  from: string | null;
  to: string | null;
  precision: Precision | null;
  range: boolean;
  absolute: boolean;
}

const month = (s: string | undefined): number => MONTHS.get((s ?? "").replace(/\.$/, "").toLowerCase()) ?? 0;
const UNRESOLVED: EnResolved = { from: null, to: null, precision: null, range: false, absolute: false };

/** The year of a month written without one: past text looks back, future text ahead, else the nearest. */
export function yearOfMonth(anchor: string, m: number, tense: Tense | null): number {
  const a = parseIso(anchor)!;
  if (tense === "past") return m > a.m ? a.y - 1 : a.y;
  if (tense === "future") return m < a.m ? a.y + 1 : a.y;
  const diff = m - a.m;
  return diff > 6 ? a.y - 1 : diff < -6 ? a.y + 1 : a.y;
}

function dayRange(y: number, m1: number, d1: number, m2: number, d2: number | null): EnResolved {
  const from = isoDay(y, m1, d1);
  if (!from) return UNRESOLVED;
  if (d2 === null) return { from, to: from, precision: "day", range: false, absolute: false };
  const y2 = m2 < m1 ? y + 1 : y;
  const to = isoDay(y2, m2, d2);
  return to && to >= from ? { from, to, precision: "day", range: true, absolute: false } : UNRESOLVED;
}

function weekday(anchor: string, wd: number, which: string, tense: Tense | null): string {
  const cur = weekdayOf(anchor);
  const back = (cur - wd + 7) % 7;
  const ahead = (wd - cur + 7) % 7;
  if (which === "last" || which === "past") return addDays(anchor, -(back || 7));
  if (which === "next" || which === "coming") return addDays(anchor, ahead || 7);
  if (which === "this") return addDays(anchor, wd - cur);
  return tense === "future" ? addDays(anchor, ahead) : addDays(anchor, -back);
}

function relative(anchor: string, phrase: string): EnResolved {
  const p = phrase.toLowerCase();
  const a = parseIso(anchor)!;
  const day = (n: number): EnResolved => ({ from: addDays(anchor, n), to: addDays(anchor, n), precision: "day", range: false, absolute: false });
  if (p === "today" || p === "tonight") return day(0);
  if (p === "yesterday") return day(-1);
  if (p === "tomorrow") return day(1);
  const [, edge, which, unit] = /^(?:(earlier|later) )?(this|last|next) (week|month|year|weekend)$/.exec(p) ?? [];
  const shift = which === "last" ? -1 : which === "next" ? 1 : 0;
  if (unit === "week" || unit === "weekend") {
    const monday = addDays(anchor, -weekdayOf(anchor) + 7 * shift);
    const from = unit === "weekend" ? addDays(monday, 5) : monday;
    return { from, to: addDays(monday, 6), precision: "day", range: true, absolute: false };
  }
  if (unit === "month") {
    const { y, m } = addMonths(a.y, a.m, shift);
    const span = monthSpan(y, m);
    if (edge === "earlier") return { from: span.from, to: anchor, precision: "part-of-month", range: false, absolute: false };
    if (edge === "later") return { from: anchor, to: span.to, precision: "part-of-month", range: false, absolute: false };
    return { ...span, precision: "month", range: false, absolute: false };
  }
  if (unit === "year") return { from: `${a.y + shift}-01-01`, to: `${a.y + shift}-12-31`, precision: "year", range: false, absolute: false };
  return UNRESOLVED;
}

function partOfMonth(y: number, m: number, part: string | undefined): EnResolved {
  const span = monthSpan(y, m);
  const p = (part ?? "").toLowerCase();
  const at = (d1: number, d2: number): EnResolved => ({ from: isoDay(y, m, d1), to: isoDay(y, m, d2), precision: "part-of-month", range: false, absolute: false });
  if (p === "early" || p.includes("beginning") || p.includes("start")) return at(1, 10);
  if (p === "mid") return at(11, 20);
  if (p === "late" || p.includes("end")) return at(21, daysInMonth(y, m));
  return { ...span, precision: "month", range: false, absolute: false };
}

function season(anchor: string, which: string, name: string, tense: Tense | null): EnResolved {
  const a = parseIso(anchor)!;
  const first = SEASONS.get(name.toLowerCase()) ?? 0;
  let w = which.toLowerCase();
  // "in the spring": the coming one in future text, else the latest one begun.
  if (/^(?:in|during|over) the$/.test(w)) {
    const begun = first === 12 ? a.m === 12 || a.m <= 2 : a.m >= first;
    const over = first === 12 ? false : a.m >= first + 3;
    w = tense === "future" ? (over ? "next" : "this") : begun ? "this" : "last";
  }
  let y = a.y;
  if (w === "last") y = first === 12 ? a.y - 1 : a.m >= first + 3 ? a.y : a.y - 1;
  else if (w === "next") y = a.m < first ? a.y : a.y + 1;
  else if (first === 12 && a.m <= 2) y = a.y - 1;
  const end = addMonths(y, first, 2);
  return { from: `${y}-${pad2(first)}-01`, to: monthSpan(end.y, end.m).to, precision: "season", range: false, absolute: false };
}

/** Resolves the groups of one rule match; `anchor` null leaves relative forms unresolved. */
export function resolveMatch(rule: EnglishTimeRule, g: RegExpExecArray, anchor: string | null, tense: Tense | null): EnResolved {
  switch (rule.kind) {
    case "iso": {
      const iso = isoDay(Number(g[1]), Number(g[2]), Number(g[3]));
      return iso ? { from: iso, to: iso, precision: "day", range: false, absolute: true } : UNRESOLVED;
    }
    case "month-day":
    case "day-month": {
      const [m1, d1, m2, d2, y] =
        rule.kind === "month-day"
          ? [month(g[1]), Number(g[2]), g[3] ? month(g[3]) : month(g[1]), g[4] ? Number(g[4]) : null, g[5]]
          : [month(g[3]), Number(g[1]), month(g[3]), g[2] ? Number(g[2]) : null, g[4]];
      if (y) return { ...dayRange(Number(y), m1, d1, m2, d2), absolute: true };
      return anchor ? dayRange(yearOfMonth(anchor, m1, tense), m1, d1, m2, d2) : UNRESOLVED;
    }
    case "month-year":
      return { ...partOfMonth(Number(g[3]), month(g[2]), g[1]), absolute: true };
    case "month": {
      if (!anchor) return UNRESOLVED;
      const m = month(g[2]);
      const which = (g[1] ?? "").toLowerCase();
      const a = parseIso(anchor)!;
      const y = which === "last" ? (m >= a.m ? a.y - 1 : a.y) : which === "next" ? (m <= a.m ? a.y + 1 : a.y) : which === "this" ? a.y : yearOfMonth(anchor, m, tense);
      return partOfMonth(y, m, ["in", "during", "since", "until", "by", "this", "last", "next"].includes(which) ? undefined : which);
    }
    case "weekday": {
      if (!anchor) return UNRESOLVED;
      const d = weekday(anchor, WEEKDAYS.get(g[2]!.toLowerCase()) ?? 0, (g[1] ?? "").toLowerCase(), tense);
      return { from: d, to: d, precision: "day", range: false, absolute: false };
    }
    case "relative":
      return anchor ? relative(anchor, g[1]!) : UNRESOLVED;
    case "season":
      return anchor ? season(anchor, g[1]!, g[2]!, tense) : UNRESOLVED;
    case "year":
      return { from: `${g[1]}-01-01`, to: `${g[1]}-12-31`, precision: "year", range: false, absolute: true };
  }
}

/** The anchor kind a resolved expression records. */
export function anchorKind(r: EnResolved, anchorBasis: "published" | "inferred" | "none"): TimeExpr["anchor"] {
  if (r.absolute) return "absolute";
  return r.from === null ? "none" : anchorBasis;
}

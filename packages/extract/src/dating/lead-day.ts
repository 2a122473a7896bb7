// fitLeadDay: a cross-dated dateline moved to the lead's own bare day (30、31日率团在华府谈判) later in its month.
import type { Extraction } from "../model.ts";
import { daysInMonth, isoDay } from "../time/calendar.ts";
import { halfWidthDigits } from "../time/numerals.ts";
import type { Reextract } from "./cross-date.ts";

// The lead's first time: a bare day (30日, 30、31日, 15号) with no month or year.
const BARE_DAY = /^([0-9０-９]{1,2})[日号]?(?:[、至到-]([0-9０-９]{1,2}))?[日号]/;

/** The last day of month the text's first time names when it is a bare day (30、31日 → 31), else null. */
export function leadDay(extraction: Extraction): number | null {
  const first = extraction.times[0];
  if (!first || first.rule.startsWith("relative") || /[月年]/.test(first.surface)) return null;
  const m = BARE_DAY.exec(first.surface);
  if (!m) return null;
  const d = Number(halfWidthDigits(m[2] ?? m[1] ?? ""));
  return d >= 1 && d <= 31 ? d : null;
}

/**
 * A dateline other articles set from the day a recalled contact ended (本月7日至9日曾率团赴北京 → the 9th) leaves the
 * lead's news (30、31日在华府谈判) in the month before. When the lead's first time is a bare day later in the
 * dateline's month, the text is re-extracted under that day and kept when `accept` still holds (the contacts other
 * articles date still agree): the news a text leads with is its latest. Unchanged otherwise.
 *
 * @example fitLeadDay(crossed, reextract, (e) => agreeingEvents(e, index) >= 2)
 */
export function fitLeadDay(extraction: Extraction, reextract: Reextract, accept: (e: Extraction) => boolean): Extraction {
  const doc = extraction.document;
  const own = doc.dateline ? { ...doc.dateline } : null;
  const d = leadDay(extraction);
  if (doc.published || !own || d === null) return extraction;
  const [y, m, day] = [Number(own.date.slice(0, 4)), Number(own.date.slice(5, 7)), Number(own.date.slice(8, 10))];
  if (d <= day || d > daysInMonth(y, m)) return extraction;
  const iso = isoDay(y, m, d);
  if (!iso) return extraction;
  const tried = reextract({ date: iso, basis: `${iso}: the lead's own day ${extraction.times[0]?.surface ?? ""} in the month of ${own.basis}` });
  if (accept(tried)) return tried;
  doc.dateline = own;
  return extraction;
}

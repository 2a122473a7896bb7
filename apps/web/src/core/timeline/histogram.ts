// Events per month, the data behind the timeline strip.
import type { EventInfo } from "../graph/model.ts";
import { type DayRange, monthStart, nextMonth } from "./dates.ts";

/** One month of the histogram: its days and how many events start in it. */
export interface Bin {
  from: number;
  to: number;
  count: number;
}

/** The histogram and the whole span it covers. */
export interface Histogram {
  domain: DayRange;
  bins: Bin[];
  max: number;
}

/** Counts dated events per month of their first day; null when no event is dated. */
export function histogram(events: EventInfo[]): Histogram | null {
  let min = Infinity;
  let maxDay = -Infinity;
  for (const e of events) {
    if (Number.isNaN(e.from)) continue;
    if (e.from < min) min = e.from;
    if (e.to > maxDay) maxDay = e.to;
  }
  if (min === Infinity) return null;
  const bins: Bin[] = [];
  for (let m = monthStart(min); m <= maxDay; m = nextMonth(m)) bins.push({ from: m, to: nextMonth(m) - 1, count: 0 });
  const first = bins[0]!.from;
  // Months are not equal: find a bin by a binary search over their starts.
  for (const e of events) {
    if (Number.isNaN(e.from)) continue;
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid]!.from <= e.from) lo = mid;
      else hi = mid - 1;
    }
    bins[lo]!.count++;
  }
  const max = bins.reduce((m, b) => Math.max(m, b.count), 0);
  return { domain: { from: first, to: bins[bins.length - 1]!.to }, bins, max };
}

/** The window the play button shows next: the same width, one month later; null past the end. */
export function nextWindow(range: DayRange, domain: DayRange): DayRange | null {
  const width = range.to - range.from;
  const from = nextMonth(range.from);
  if (from > domain.to) return null;
  return { from, to: from + width };
}

/** The first window of a sweep: the current width (one month by default) at the start of the domain. */
export function firstWindow(domain: DayRange, range: DayRange | null): DayRange {
  const width = range ? range.to - range.from : nextMonth(domain.from) - domain.from - 1;
  return { from: domain.from, to: domain.from + width };
}

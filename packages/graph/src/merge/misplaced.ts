// An undated report whose place is another city of the same country as the one dated meeting of its
// people around its article's date is that meeting, its place lent by a neighbouring clause:
// 15日至17日访问马来西亚，与首相安华在布城会谈，并获最高元首苏丹依布拉欣接见 (the king's audience "in 布城")
// is the audience another article dates to 16日 in 吉隆坡. A report dated only by the trip's days
// (15日至17日) fits the same way.
import { intervalOf, overlaps, type DayInterval } from "../time/days.ts";
import type { Cluster, MergeInput } from "./cluster.ts";
import type { PlaceRelations } from "./places.ts";
import { plausible } from "./undated-fit.ts";

/** Most days between the article's date and the event for an undated report to be trusted over its place. */
const NEAR_DAYS = 31;

/**
 * The one dated event an undated mention with a conflicting place is about, or null: the event must be
 * plausible for it (see `plausible`), within `NEAR_DAYS` of its article's date, and every place the
 * event has must lie in the country of the mention's place. Meetings only (see `applies`).
 * @example misplaced(dated, { ...audience, place: "place:putrajaya" }, places) // the 吉隆坡 audience of 04-16
 */
export function misplaced(dated: readonly Cluster[], input: MergeInput, places: PlaceRelations): Cluster | null {
  if (!applies(input)) return null;
  const country = places.countryOf(input.place);
  const doc = intervalOf(input.source.documentDate);
  if (!country || !doc) return null;
  let found: Cluster | null = null;
  for (const c of dated) {
    if (!c.span || c.places().size === 0 || c.span.hi < doc.lo - NEAR_DAYS || c.span.lo > doc.hi + NEAR_DAYS) continue;
    if (c.inputs.some((i) => i.status === "not-happened") || !plausible(c, input)) continue;
    if (![...c.places()].every((p) => places.countryOf(p) === country)) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/**
 * The one event in `pool` a dated mention with a conflicting place is about, or null: one of the two
 * must be dated only by a span that holds the other's days (the trip's 15日至17日 against 16日), and every
 * place of the event must lie in the country of the mention's place. Meetings only (see `applies`).
 * The caller keeps the place of the narrower one (see `wider`).
 * @example misplacedSpan(pool, { ...audience, place: "place:putrajaya" }, days15to17, places) // the 吉隆坡 audience of 16日
 */
export function misplacedSpan(pool: Iterable<Cluster>, input: MergeInput, iv: DayInterval, places: PlaceRelations): Cluster | null {
  if (!applies(input)) return null;
  const country = places.countryOf(input.place);
  if (!country) return null;
  let found: Cluster | null = null;
  for (const c of pool) {
    if (c === found || !c.best || c.places().size === 0 || !overlaps(c.best, iv) || !nested(c.best, iv) || c.inputs.some((i) => i.status === "not-happened")) continue;
    if (![...c.places()].every((p) => places.countryOf(p) === country)) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/** True when one interval holds the other and is longer. */
function nested(a: DayInterval, b: DayInterval): boolean {
  return (a.lo <= b.lo && a.hi >= b.hi && a.hi - a.lo > b.hi - b.lo) || (b.lo <= a.lo && b.hi >= a.hi && b.hi - b.lo > a.hi - a.lo);
}

/** True when the mention's days are a longer span than the event's (its place is then the doubtful one). */
export function wider(c: Cluster, iv: DayInterval): boolean {
  return !!c.best && iv.hi - iv.lo > c.best.hi - c.best.lo;
}

/**
 * Meetings only, with a place, that happened or are planned: a visit's cities are its legs (北京 then
 * 哈尔滨 is one trip of two visits, see trips.ts), never one place lent to another.
 */
function applies(input: MergeInput): input is MergeInput & { place: string } {
  return (input.type === "meeting" || input.type === "summit") && input.place !== null && input.status !== "not-happened";
}

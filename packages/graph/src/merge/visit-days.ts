// How long a merged visit lasts: its sources agree on a day or two (正在访华的雷蒙多周二会见李强), while the
// report of its arrival gives the whole stay (27日晚抵达北京，展开为期四天的访华行程).
import { intervalOf, isoDay, precisionRank, type DayInterval } from "../time/days.ts";
import type { Cluster, MergeInput } from "./cluster.ts";

/**
 * Rules whose days are not one stay's: read off something else (the trip's window, its article, its other
 * legs), or a whole trip's (先后访问A、B; 结束…后 another leg; 此行).
 */
const BORROWED_DAYS = /date:(trip-leg|main-visit|after-previous-leg|story|previous-sentence|itinerary)|cue:(先后|后)(?=;|$)|^trip-noun\/|anaphoric/;

/** A Monday-to-Sunday week: what 本周, 上周 or 这周 stand for, not the days of a stay. */
function calendarWeek(iv: DayInterval): boolean {
  return iv.hi - iv.lo === 6 && new Date(`${isoDay(iv.lo)}T00:00:00Z`).getUTCDay() === 1;
}

/**
 * The days an event stands for: the days its most precise sources agree on, except that a visit lasts as
 * long as the widest day-precise report that it happened which the article giving those days writes of its
 * own: 27日晚抵达北京，展开为期四天的访华 and 正在访华的雷蒙多周二（29日）会见李强 are a visit of 27日 to 30日,
 * not of 29日 alone. Another article's 本周访华, or a week (本周访问乌克兰), widens nothing.
 */
export function daysOf(c: Cluster): DayInterval | null {
  const best = c.best;
  if (!best || c.cls !== "visit" || c.rank !== 0) return best;
  const own = (i: MergeInput) => precisionRank(i.precision) === 0 && !BORROWED_DAYS.test(i.source.rule ?? "");
  const anchors = new Set<string>();
  for (const i of c.inputs) {
    const iv = own(i) ? intervalOf(i.source.from, i.source.to) : null;
    if (iv && iv.lo === best.lo && iv.hi === best.hi) anchors.add(i.source.document);
  }
  let out = best;
  for (const i of c.inputs) {
    if (i.status !== "happened" || !own(i) || !anchors.has(i.source.document)) continue;
    const iv = intervalOf(i.source.from, i.source.to);
    if (iv && !calendarWeek(iv) && iv.lo <= best.lo && best.hi <= iv.hi && iv.hi - iv.lo > out.hi - out.lo) out = iv;
  }
  return out;
}

// An undated leg of the trip under way (此次欧洲之行已先后到访…, 刚刚结束对日本的访问, a headline's visit): the days just before the article.
import type { TimeChoice } from "./time-groups.ts";
import { addDays } from "./time-groups.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

/** Options of tripLegTime. */
export interface TripLegOptions {
  /** How many days before the article's date a leg of the current trip may lie. */
  days: number;
}

/** Defaults: a trip's earlier legs lie within the two weeks before the article. */
export const DEFAULT_TRIP_LEG_OPTIONS: TripLegOptions = { days: 14 };

/** 此次欧洲之行, 此行, 此前已先后: the sentence speaks of the trip under way (simplified text; not 不久前刚刚访华). */
const CURRENT_TRIP = /此次|此行|这次|本次|此番|已先后/;
/** 结束对日本和韩国的访问: the leg just ended. */
const JUST_ENDED = /结束[^，。；]{0,16}$/;

/**
 * The window of a happened visit the text leaves undated when it is a leg of the trip under way:
 * the days before the article's date. Any other time is returned unchanged.
 */
export function tripLegTime(
  view: SentenceView,
  hit: TriggerHit,
  time: TimeChoice,
  happened: boolean,
  dateline: string | null,
  opts: Partial<TripLegOptions> = {},
): TimeChoice {
  if (time.from !== null || !happened || !dateline || hit.rule.anaphoric) return time;
  const before = view.text.slice(0, hit.start);
  // 结束在哈萨克的访问: the trigger itself may be the 结束 of the leg just ended.
  const clause = view.text.slice(hit.clause.start, hit.end);
  // 萧兹访中国三天 北京会晤习近平: a headline (the document's first line, no closing stop) reports the trip under way.
  const headline = view.sentence.paragraph === 0 && view.sentence.start === 0 && !/[。！？!?.…」”"]\s*$/.test(view.text);
  if (!headline && !CURRENT_TRIP.test(before) && !JUST_ENDED.test(clause)) return time;
  const { days } = { ...DEFAULT_TRIP_LEG_OPTIONS, ...opts };
  return { from: addDays(dateline, -days), to: dateline, precision: "part-of-month", rule: "date:trip-leg" };
}

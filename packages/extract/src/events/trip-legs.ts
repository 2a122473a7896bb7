// A trip told leg by leg (先過境洛杉磯…；隨後前往巴拉圭…；接著訪問貝里斯…): an undated leg sentence takes the trip's date from the leg before it.
import type { EventDraft } from "./draft.ts";
import { addDays } from "./time-groups.ts";
import { DEFAULT_LEG_TIME_OPTIONS } from "./visit-leg-time.ts";

/**
 * What opens a sentence that continues a trip told in the sentence before it (simplified text):
 * 随后前往, 接着访问, 回程过境, 最后一站为, 第三站, 离开夏威夷后, 结束在加纳的行程后.
 */
export const LEG_SENTENCE =
  /^[\s“"「『（(]*(?:[他她](?:随后|接着|之后|其后|然后|再|又|将|则|最后|最终))?(?:随后|随即|之后|其后|此后|然后|接着|紧接着|接下来|继而|而后|尔后|最后一站|最后|最终|下一站|第[二三四五六七八九]站|回程|返程|归程|途中|再转往|再前往|转往|(?:离开|离|结束)[^，。；]{1,16}后)/;

/** Options of carryLegDates. */
export interface LegDateOptions {
  /** How many days after a leg's day the next leg may begin. */
  days: number;
}

/** Defaults: a trip's next leg begins within the days visit-leg-time allows after the leg before it (a week). */
export const DEFAULT_LEG_DATE_OPTIONS: LegDateOptions = { days: DEFAULT_LEG_TIME_OPTIONS.days };

/** The previous sentence's drafts, with its paragraph and position. */
export interface LegSentence {
  paragraph: number;
  index: number;
  drafts: readonly EventDraft[];
}

/** True when every person of `need` takes part in `d`. */
const joins = (d: EventDraft, need: readonly string[]): boolean => need.length > 0 && need.every((p) => d.participants.includes(p));

/**
 * Dates the undated events of a leg sentence (隨後前往巴拉圭，出席…並與阿布鐸會談) from the last dated
 * visit of the sentence right before it in the same paragraph, when its travellers take part: a day
 * becomes that day to a week later, a month or a year stays as it is; after a planned leg, a leg with no
 * status cue of its own is planned too, and a leg whose status differs from the one before keeps no date.
 * Changes `drafts` in place.
 */
export function carryLegDates(
  previous: LegSentence | undefined,
  current: Omit<LegSentence, "drafts">,
  drafts: EventDraft[],
  simplified: string,
  opts: Partial<LegDateOptions> = {},
): void {
  if (!previous || previous.paragraph !== current.paragraph || previous.index !== current.index - 1) return;
  if (!drafts.some((d) => d.from === null) || !LEG_SENTENCE.test(simplified)) return;
  const leg = [...previous.drafts].reverse().find((d) => d.type === "visit" && d.from !== null);
  if (!leg || !leg.from) return;
  const { days } = { ...DEFAULT_LEG_DATE_OPTIONS, ...opts };
  const day = leg.precision === "day";
  for (const d of drafts) {
    if (d.from !== null || !joins(d, leg.participants)) continue;
    // 將於29日轉往坦桑尼亞…；隨後前往贊比亞: a leg with no cue of its own after a planned leg is planned too.
    const cueless = /status:(?:default|carried)$/.test(d.rule);
    if (leg.status === "planned" && d.status === "happened" && cueless) {
      d.status = "planned";
      d.rule = d.rule.replace(/status:(?:default|carried)$/, "status:previous-leg");
    }
    // 已轉往巴拿馬…；其後他將前往葡萄牙: a plan after a leg that took place is dated by the plan, not the leg.
    if (d.status !== leg.status) continue;
    d.from = leg.from;
    d.to = day ? addDays(leg.to ?? leg.from, days) : leg.to;
    d.precision = day ? "part-of-month" : leg.precision;
    d.rule = d.rule.replace("date:none", "date:previous-leg");
  }
}

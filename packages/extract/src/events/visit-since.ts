// A visit counted from an earlier time (自2019年以来首次访华, 5月连任后首次访华, 继去年3月之后再度访华): that time is not its date.
import type { TimeChoice } from "./time-groups.ts";
import { addDays, union } from "./time-groups.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView, TimeItem } from "./view.ts";

/** Options of countedVisit. */
export interface CountedVisitOptions {
  /** How many days before the article's date the visit under way may have begun. */
  days: number;
  /** Most characters between the time and the count word (5月|连任后|首次). */
  gap: number;
}

/** Defaults: a visit under way began within the two weeks before the article. */
export const DEFAULT_COUNTED_VISIT_OPTIONS: CountedVisitOptions = { days: 14, gap: 12 };

/** The count right before the trigger (首次, 首度, 首位, 再度, 第二次 …), maybe with 以总统身份 or 正式 between (simplified text). */
const COUNT = /(首次|首度|第一次|头一次|首位|第一位|首名|首个|第一个|首|再次|再度|又一次|第[一二三四五六七八九十两\d]+次|再|又)(?:以[^，,。；的]{1,8}身[份分]|(?:正式|亲自|率团|率队))?$/;
/** 再度, 第二次: a visit again, so there was one at the time counted from. */
const AGAIN = /(?:再次|再度|又一次|第[二三四五六七八九十两\d]+次|再|又)$/;
/** A marker of a time counted from, after it (以来, 之后, 后) or closing its expression (自2019年以来). */
const FROM_AFTER = /(?:以来|来|之后|以后|后|起)(?:的)?$/;
const FROM_CLOSE = /(?:以来|来|之后|以后|后|起)$/;
/** 成为…首位: the time written before 成为 is when the counted visit took place (simplified text). */
const BECAME = /成为/;
/** 成为总书记以来, 就任总统以来: a phrase of taking office that closes with 以来 (simplified text). */
const SINCE_END = /以来(?:的)?$/;
/** 继…之后, 自…以来: the whole span between time and count is one bound phrase (no clause break, no second subject). */
const NO_BREAK = /^[^，,。；;：:]*$/;

/** What a counted visit means for its date. */
export interface CountedVisit {
  /** The date to use for the visit itself (the one under way), or null when none is known. */
  time: TimeChoice | null;
  /** 自2016年10月以来再次访柬: the earlier visit at the time counted from. */
  earlier: TimeChoice | undefined;
}

/** 去年建交后…首次访问巴拿马: a time that closes a bound phrase, and the count after it in the same clause. */
const COUNTED_AFTER = /^[^，,。；;：:]{0,12}?(?:以来|来|之后|以后|后)[^，,。；;：:]{0,12}?(?:首次|首度|第一次|头一次|再次|再度|又一次)/;

/**
 * True when the last time written before `at` is only a time some visit is counted from (这是中巴去年建交后
 * 首次访问巴拿马，随后再访葡萄牙): a later leg must not borrow it as its own date.
 */
export function countedFromBefore(view: SentenceView, at: number): boolean {
  const t = view.times.filter((x) => x.end <= at).at(-1);
  return t !== undefined && (FROM_CLOSE.test(view.text.slice(t.start, t.end)) || COUNTED_AFTER.test(view.text.slice(t.end, at)));
}

/** The last time written in the clause before the trigger, or undefined. */
function lastTimeBefore(view: SentenceView, hit: TriggerHit): TimeItem | undefined {
  return view.times.filter((t) => t.start >= hit.clause.start && t.end <= hit.start).at(-1);
}

/**
 * When the clause dates a visit only by the time it is counted from (这是马克龙自2019年以来首次访华),
 * the visit is the one under way: the main visit's date when known, else, for a visit that happened,
 * the weeks before the article's date; an "again" count also reports the earlier visit at that time.
 * Undefined when the visit's time is its own.
 */
export function countedVisit(
  view: SentenceView,
  hit: TriggerHit,
  main: TimeChoice | undefined,
  happened: boolean,
  dateline: string | null,
  opts: Partial<CountedVisitOptions> = {},
): CountedVisit | undefined {
  const o = { ...DEFAULT_COUNTED_VISIT_OPTIONS, ...opts };
  const t = lastTimeBefore(view, hit);
  if (!t) return undefined;
  const lead = view.text.slice(t.end, hit.start);
  const count = COUNT.exec(lead);
  if (!count || lead.length > o.gap || !NO_BREAK.test(lead)) return undefined;
  const between = lead.slice(0, count.index);
  // 阮富仲去年10月底成为二十大后首位访问北京的…: the time he became the first is the visit's own;
  // 2012年成为总书记以来首次访朝 counts from the time he took office.
  if (BECAME.test(between) && !SINCE_END.test(between)) return undefined;
  const closed = FROM_CLOSE.test(view.text.slice(t.start, t.end));
  if (!closed && !FROM_AFTER.test(between)) return undefined;
  // 5月普京访华后再度…: a person after the time starts another clause of its own.
  if (view.persons.some((p) => p.start >= t.end && p.end <= hit.start)) return undefined;
  const earlier = AGAIN.test(count[1]!) ? union(view, [t], "date:counted-from", dateline) : undefined;
  const current: TimeChoice | null = main?.from
    ? { ...main, rule: "date:main-visit" }
    : happened && dateline
      ? { from: addDays(dateline, -o.days), to: dateline, precision: "part-of-month", rule: "date:counted-visit" }
      : null;
  return { time: current, earlier };
}

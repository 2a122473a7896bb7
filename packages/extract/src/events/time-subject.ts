// The same subject's earlier date: 王毅8月访问了莫斯科，因此取消了前往东京的行程 (the dropped leg is August's too).
import type { EventStatus } from "../model.ts";
import type { TimeChoice } from "./time-groups.ts";

/** What an earlier event of the sentence lends: its people, date and clause. */
export interface EarlierEvent {
  participants: string[];
  status: EventStatus;
  from: string | null;
  to: string | null;
  precision: TimeChoice["precision"];
  clause: { start: number; end: number };
}

/**
 * The date of an event the text leaves undated, taken from the last dated event of the same subject in an
 * earlier clause of the sentence: 美方没有同意王毅8月过境纽约，王毅因此取消了原本计划
 * 前往古巴的行程. Only for an event told as done or undone, lent by one told as done or undone whose first
 * participant is the subject: a plan (并称将访问日本, 习近平也会适时访美) is dated by its own words.
 * Returns `time` unchanged otherwise.
 */
export function sameSubjectTime(earlier: readonly EarlierEvent[], clauseStart: number, subject: string | undefined, status: EventStatus, time: TimeChoice): TimeChoice {
  if (time.from || !subject || status === "planned" || status === "possible") return time;
  const last = earlier.filter((d) => d.clause.end <= clauseStart && d.from && d.participants[0] === subject && d.status !== "planned" && d.status !== "possible").at(-1);
  if (!last) return time;
  return { from: last.from, to: last.to, precision: last.precision, rule: "date:same-subject" };
}

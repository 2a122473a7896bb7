// A meeting of several parties told by who attended it: 中日韩领导人会议在首尔举行。李强、岸田文雄和尹锡悦出席.
import type { EventMention, Mention } from "../model.ts";
import { formatIn } from "./group-format.ts";
import { opensClause, pushGroupEvent, sentencePair, type GroupDocument } from "./group-document.ts";
import { jointAttendance } from "./joint-attend.ts";
import { datePairsBesideGroups } from "./joint-sidelines.ts";

/** The occasion is held: 在首尔举行, 于12月24日在成都召开 (after the format, in its clause). */
const HELD_AFTER = /^[^，。；]{0,30}?(?:举行|召开|举办|登场)/;
/** 将在明天举行第9次中日韩领导人会议: held, written before the format. */
const HELD_BEFORE = /(?:举行|召开|举办)(?:了)?[^，。；]{0,12}$/;
/** A plan: 将, 预计, 拟 before the verb. */
const PLANNED = /将|预计|预定|拟|即将|计划|準備|准备/;
/** Held over video (视频, 视像, 视讯, 线上, 云). */
const VIDEO = /视频|视像|视讯|线上|云会晤|云峰会/;
/** Attending right after the list: 出席, 参加, 与会 (共同/均/都/也 allowed between). */
const ATTEND_AFTER = /^(?:等人|等)?(?:共同|均|都|也|亦|一同|一起)?(?:将|将会|会|已|已经)?(?:出席|参加|与会|列席)/;
/** Between two names of one list: 、/和/与/及 and titles, no clause break. */
const LIST_GAP = /^[^，。；：]{0,16}$/;

/** The persons of a list that ends right before 出席 in [from, to) of the pair, or [] when there is none. */
function attendees(at: (a: number, b: number) => string, persons: Mention[], from: number, to: number): Mention[] {
  for (let i = persons.length - 1; i >= 0; i--) {
    const last = persons[i]!;
    if (last.start < from || last.end > to || !ATTEND_AFTER.test(at(last.end, to))) continue;
    const list = [last];
    for (let j = i - 1; j >= 0; j--) {
      const p = persons[j]!;
      const gap = at(p.end, list[0]!.start);
      if (p.start < from || !LIST_GAP.test(gap) || !/[、和与及]/.test(gap)) break;
      list.unshift(p);
    }
    // The list opens its clause (时任 and titles before the first name only).
    return opensClause(at(from, list[0]!.start)) ? list : [];
  }
  return [];
}

/** Sentences of a document with a clause naming a format of several parties as an occasion held. */
function heldFormat(text: string): { start: number; end: number; clauseEnd: number } | undefined {
  const f = formatIn(text);
  if (!f) return undefined;
  if (!HELD_AFTER.test(text.slice(f.end)) && !HELD_BEFORE.test(text.slice(0, f.start))) return undefined;
  const stop = text.slice(f.end).search(/[，。；]/);
  return { ...f, clauseEnd: stop < 0 ? text.length : f.end + stop };
}

/**
 * Adds one meeting (or call, over video) of all the people listed as attending a format of several parties
 * held in the sentence (中日韩领导人会议于12月24日在成都举行，李克强、安倍晋三与文在寅出席) or listed in the
 * next sentence of its paragraph; place and date from the format's clause. Skipped when an event of the
 * document already names them all.
 */
export function groupAttendance(g: GroupDocument, out: EventMention[]): void {
  for (const [i, s] of g.sentences.entries()) {
    const text = s.simplified || s.text;
    const held = heldFormat(text);
    if (!held) continue;
    const { next, at, persons } = sentencePair(g, i);
    let list = attendees(at, persons, s.start + held.clauseEnd, s.end);
    if (list.length < 3 && next) list = attendees(at, persons, next.start, next.end);
    const ids = [...new Set(list.map((m) => m.entity))];
    if (ids.length < 3) continue;
    if (out.some((e) => e.type !== "visit" && ids.every((id) => e.participants.includes(id)))) continue;
    const clauseFrom = s.start + (text.lastIndexOf("，", held.start) + 1);
    const clause = text.slice(clauseFrom - s.start, held.clauseEnd);
    pushGroupEvent(g, s, {
      type: VIDEO.test(clause) ? "call" : "meeting",
      participants: ids,
      clause: { from: clauseFrom, to: s.start + held.clauseEnd },
      planned: PLANNED.test(clause),
      trigger: s.text.slice(held.start, held.end),
      rule: "group-attend",
    }, out);
  }
  // 习近平与前来访问的A、B和C共同出席开幕式: a host and guests attending one occasion together.
  jointAttendance(g, out);
  // 外长会议结束后，王毅与岩屋毅举行双边会谈: an undated pair beside a group meeting takes its date.
  datePairsBesideGroups(out);
}

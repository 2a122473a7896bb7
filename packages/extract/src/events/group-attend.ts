// A meeting of several parties told by who attended it: 中日韩领导人会议在首尔举行。李强、岸田文雄和尹锡悦出席.
import type { EventMention } from "../model.ts";
import { formatIn } from "./group-format.ts";
import { namedByOne, pushGroupEvent, sentencePair, type GroupDocument } from "./group-document.ts";
import { attendees } from "./group-list.ts";
import { hostedMeetings } from "./group-host.ts";
import { delegationTalks } from "./group-delegations.ts";
import { dropPatrons } from "./group-whose.ts";
import { receivedGroups } from "./group-received.ts";
import { joinedMeetings } from "./group-joined.ts";
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
/** Sentences of a document with a clause naming a format of several parties as an occasion held. */
function heldFormat(text: string): { start: number; end: number; clauseEnd: number } | undefined {
  const f = formatIn(text);
  if (!f) return undefined;
  if (!HELD_AFTER.test(text.slice(f.end)) && !HELD_BEFORE.test(text.slice(0, f.start))) return undefined;
  const stop = text.slice(f.end).search(/[，。；]/);
  return { ...f, clauseEnd: stop < 0 ? text.length : f.end + stop };
}

/** The list opening the first sentence of the paragraph after sentence i's, or [] (none, or not a list present). */
function openingList(g: GroupDocument, i: number): ReturnType<typeof attendees> {
  const s = g.sentences[i]!;
  const first = g.sentences.slice(i + 1, i + 8).find((q) => q.paragraph !== s.paragraph);
  if (!first || first.paragraph !== s.paragraph + 1) return [];
  const { at, persons } = sentencePair(g, g.sentences.indexOf(first));
  const list = attendees(at, persons, first.start, first.end, "attend-or-after");
  return list.length > 0 && !/[，；]/.test(at(first.start, list[0]!.start)) ? list : [];
}

/**
 * Adds one meeting (or call, over video) of all the people listed as attending a format of several parties
 * held in the sentence (中日韩领导人会议于12月24日在成都举行，李克强、安倍晋三与文在寅出席) or listed in the
 * next sentence of its paragraph; place and date from the format's clause. Skipped when an event of the
 * document already names them all.
 */
export function groupAttendance(g: GroupDocument, out: EventMention[]): void {
  // …与拉夫罗夫及普京助理乌沙科夫举行会谈: 普京 only says whose aide 乌沙科夫 is.
  dropPatrons(g, out);
  // 岸田文雄主持会议，拜登、莫迪和阿尔巴尼斯出席: a host and the guests who attended (before a list without the host).
  hostedMeetings(g, out);
  for (const [i, s] of g.sentences.entries()) {
    const text = s.simplified || s.text;
    const held = heldFormat(text);
    if (!held) continue;
    const { next, at, persons } = sentencePair(g, i);
    let list = attendees(at, persons, s.start + held.clauseEnd, s.end);
    if (list.length < 3 && next) list = attendees(at, persons, next.start, next.end, "attend-or-after");
    // 四方领导人在广岛举行会晤。(…) ¶ 拜登、岸田文雄、莫迪和阿尔巴尼斯在会后发表联合声明: the next paragraph's opening.
    if (list.length < 3) list = openingList(g, i);
    const ids = [...new Set(list.map((m) => m.entity))];
    if (ids.length < 3) continue;
    if (namedByOne(out, ids)) continue;
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
  // 美方代表团由鲁比奥率领…；俄方则由拉夫罗夫和乌沙科夫出席: the talks of all the delegations' named people.
  delegationTalks(g, out);
  // …举行第二次四国外长会议，菅义伟接见了四国外长: the host and the group's members from abroad.
  receivedGroups(g, out);
  // 特朗普先与泽连斯基会谈。其后，施纪贤、马克龙…在东厅加入会议: a larger meeting of all.
  joinedMeetings(g, out);
  // 外长会议结束后，王毅与岩屋毅举行双边会谈: an undated pair beside a group meeting takes its date.
  datePairsBesideGroups(out);
}

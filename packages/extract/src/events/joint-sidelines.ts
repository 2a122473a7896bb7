// A pair's meeting after or beside a group meeting (外长会议结束后，王毅与岩屋毅举行双边会谈) is dated by that meeting.
import type { EventMention } from "../model.ts";

/** 会后, 会议结束后, 峰会期间, 场边, 间隙, 同日, 随后 (either script): held beside the group meeting just told. */
const BESIDE = /会后|會後|(?:会议|會議|峰会|峰會|会晤|會晤|会谈|會談)(?:结束|結束)?(?:后|後|期间|期間)|场边|場邊|间隙|間隙|同日|随后|隨後/;

/**
 * Gives an undated meeting of two the date (and place, when it has none) of the last dated group meeting of three
 * or more before it in the document that includes both, when its sentence says it was held after or beside one
 * (外长会议结束后，王毅与岩屋毅举行了双边会谈; 峰会期间，拜登同岸田文雄会面). Edits `out` in place.
 */
export function datePairsBesideGroups(out: EventMention[]): void {
  for (const [i, e] of out.entries()) {
    if (e.from !== null || e.type === "visit" || e.participants.length !== 2 || !BESIDE.test(e.quote)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const g = out[j]!;
      if (g.document !== e.document || g.type === "visit" || g.participants.length < 3 || g.from === null) continue;
      if (!e.participants.every((p) => g.participants.includes(p))) continue;
      e.from = g.from;
      e.to = g.to;
      e.precision = g.precision;
      e.place ??= g.place;
      if (e.status === "happened" && g.status !== "happened") e.status = g.status;
      break;
    }
  }
}

// A host and the guests who attended: 岸田文雄作为东道主主持会议，拜登、莫迪和阿尔巴尼斯出席 is one meeting of all four.
import type { EventMention, Sentence } from "../model.ts";
import { clauseStartIn, dropPairsOf, namedByOne, opensClause, personsIn, placeAt, pushGroupEvent, severalSides, type GroupDocument, type GroupSetting } from "./group-document.ts";
import { attendees } from "./group-list.ts";

/** Hosting an occasion (simplified): 主持, 主办, 召集, 做东. */
const HOSTING = /主持|主办|召集|做东|作东/g;
/** The occasion hosted is a meeting. */
const MEETING_NOUN = /会议|峰会|会晤|会谈|对话会|磋商|圆桌/;
/** A conference of many or a body of one state is no meeting of its attendees (二十国集团峰会, 政治局会议). */
const MANY = /集团|[Gg]\s?\d|二十国|七国|八国|东盟|东亚|联合国|联大|大会|亚太经合|APEC|金砖|上合|上海合作|北约|欧洲理事会|论坛|博览会|全会|常委|政治局|国务院|内阁|理事会/;
/** Between two co-hosts: 、/和/与/同/及 with titles, no clause break. */
const CO_HOST_GAP = /^[）)]?[^，。；：]{0,16}$/;
/** A sentence holding a meeting (the occasion a host sentence after it tells of): 在东京举行峰会. */
const HELD = /(?:举行|召开|举办|登场|开幕)[^，。；]{0,24}?(?:会议|峰会|会晤|会谈|对话)|(?:会议|峰会|会晤|会谈)[^，。；]{0,16}?(?:举行|召开|举办|登场|开幕)/;
/** A dateline or source in brackets opening the sentence: （中央社华盛顿24日综合外电报导）, 【明报专讯】. */
const DATELINE = /^[（(【\[][^）)】\]]{0,40}[）)】\]]/;
/** Over video. */
const VIDEO = /视频|视像|视讯|线上|云会晤|云峰会|虚拟/;
/** A plan cue. */
const PLANNED = /将|预计|预定|拟|即将|计划|准备/;

/** The sentence before `s` (in its paragraph, or the last of the paragraph before) that holds a meeting, if any. */
function heldBefore(g: GroupDocument, s: Sentence): Sentence | undefined {
  const i = g.sentences.indexOf(s);
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const q = g.sentences[j]!;
    if (q.paragraph < s.paragraph - 1) break;
    if (HELD.test(q.simplified || q.text)) return q;
  }
  return undefined;
}

/** Where and when: the host's clause first, then the sentence before that holds the meeting. */
function hostSetting(g: GroupDocument, s: Sentence, from: number, to: number, held: Sentence | undefined): GroupSetting {
  let place = placeAt(g, s, from, to);
  let time = g.times.within(s.paragraph, s.start, to).filter((t) => t.from !== null).at(-1);
  if (held) {
    place ??= placeAt(g, held, held.start, held.end);
    time ??= g.times.within(held.paragraph, held.start, held.end).filter((t) => t.from !== null).at(-1);
  }
  return { place, time };
}

/**
 * Adds one meeting of a host (or co-hosts) and the guests listed as attending in the next clause
 * (拜登在白宫主持四方峰会，岸田文雄、莫迪和阿尔巴尼斯出席; 莫里森等分别在本国参加): three or more people of
 * two or more countries; a call when the sentence, or the one before that holds the meeting, says video.
 * Dated and placed by the host's clause, else by that sentence before. Not for a conference of many or a
 * body of one state (二十国集团峰会, 政治局会议); skipped when an event already names them all.
 */
export function hostedMeetings(g: GroupDocument, out: EventMention[]): void {
  for (const s of g.sentences) {
    const text = s.simplified || s.text;
    if (!/主持|主办|召集|做东|作东/.test(text)) continue;
    for (const m of text.matchAll(HOSTING)) {
      const clauseFrom = clauseStartIn(text, m.index);
      const rest = text.slice(m.index).search(/[，；]/);
      if (rest < 0) continue;
      const clauseEnd = m.index + rest;
      const occasion = text.slice(m.index, clauseEnd);
      if (!MEETING_NOUN.test(occasion) || MANY.test(text.slice(clauseFrom, clauseEnd))) continue;
      const at = (a: number, b: number): string => text.slice(a - s.start, b - s.start);
      const hosts = personsIn(g, s.paragraph, s.start + clauseFrom, s.start + m.index);
      if (hosts.length === 0 || !opensClause(at(s.start + clauseFrom, hosts[0]!.start).replace(DATELINE, ""))) continue;
      if (!hosts.slice(1).every((p, k) => CO_HOST_GAP.test(at(hosts[k]!.end, p.start)) && /[、和与同及]/.test(at(hosts[k]!.end, p.start)))) continue;
      const persons = personsIn(g, s.paragraph, s.start + clauseEnd + 1, s.end);
      const guests = attendees(at, persons, s.start + clauseEnd + 1, s.end);
      if (guests.length === 0 || /[，；]/.test(at(s.start + clauseEnd + 1, guests[0]!.start))) continue;
      const ids = [...new Set([...hosts, ...guests].map((p) => p.entity))];
      if (ids.length < 3 || !severalSides(g, ids)) continue;
      if (namedByOne(out, ids)) continue;
      // 李强与石破茂共同主持会谈: the sentence's pairs among them are this meeting.
      dropPairsOf(out, s, ids);
      const held = heldBefore(g, s);
      const setting = hostSetting(g, s, s.start + clauseFrom, s.start + clauseEnd, held);
      // The sentence before tells the occasion (以视频方式举行峰会) when the host's own words are undated.
      const ownTime = g.times.within(s.paragraph, s.start, s.start + clauseEnd).some((t) => t.from !== null);
      const video = VIDEO.test(text) || (held !== undefined && !ownTime && VIDEO.test(held.simplified || held.text));
      const planned = PLANNED.test(text.slice(clauseFrom, m.index)) || PLANNED.test(at(guests.at(-1)!.end, s.end).slice(0, 8));
      pushGroupEvent(g, s, { type: video ? "call" : "meeting", participants: ids, clause: { from: s.start + clauseFrom, to: s.start + clauseEnd }, planned, trigger: m[0], rule: "group-host", setting }, out);
    }
  }
}

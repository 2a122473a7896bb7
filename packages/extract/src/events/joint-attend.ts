// A host and guests who attend one occasion together: 习近平与前来访问的A、B和C共同出席开幕式 is one meeting of all.
import type { EventMention, Sentence } from "../model.ts";
import { clauseStartIn, personsIn, pushGroupEvent, severalSides, type GroupDocument, type GroupSetting } from "./group-document.ts";

/** 共同出席, 一同参加, 一起见证 (simplified): attending one occasion together. */
const TOGETHER_ATTEND = /(?:共同|一同|一起|一道)(?:出席|参加|见证|观看|主持|揭幕|剪彩)/g;
/** 与/同/跟/和 after the host, before the guests (titles and a relative clause may follow it). */
const HOST_LINK = /^\s*(?:[（(][^）)]{0,40}[）)])?\s*(?:[^，。；、与同跟和]{0,12}?)(?:与|同|跟|和)/;
/** Between two guests: 、/和/及/与 with titles, brackets and no clause break. */
const GUEST_GAP = /^(?:[（(][^）)]{0,40}[）)])?[^，。；]{0,16}$/;
/** A plan cue before the verb. */
const PLANNED = /将|预计|预定|拟|即将|计划|准备/;

/**
 * Adds one meeting of a host and the guests listed after 与/同 who attend one occasion together
 * (习近平与前来进行国事访问的A、B、C和D共同出席开幕式; 拜登同岸田文雄和尹锡悦一同出席记者会): three or more
 * people of two or more countries, the list unbroken by a clause break. Skipped when an event of the sentence
 * already names them all.
 */
export function jointAttendance(g: GroupDocument, out: EventMention[]): void {
  for (const s of g.sentences) {
    const text = s.simplified || s.text;
    if (!/共同|一同|一起|一道/.test(text)) continue;
    for (const m of text.matchAll(TOGETHER_ATTEND)) {
      const at = s.start + m.index;
      const clauseFrom = s.start + clauseStartIn(text, m.index);
      const persons = personsIn(g, s.paragraph, clauseFrom, at);
      if (persons.length < 3) continue;
      const [host, ...guests] = persons;
      const slice = (a: number, b: number): string => text.slice(a - s.start, b - s.start);
      if (!HOST_LINK.test(slice(host!.end, guests[0]!.start))) continue;
      if (!guests.slice(1).every((p, i) => GUEST_GAP.test(slice(guests[i]!.end, p.start)))) continue;
      if (!/^[）)]?(?:[（(][^）)]{0,40}[）)])?\s*(?:等人|等)?\s*$/.test(slice(guests.at(-1)!.end, at))) continue;
      const ids = [...new Set(persons.map((p) => p.entity))];
      if (ids.length < 3 || !severalSides(g, ids)) continue;
      if (out.some((e) => e.type !== "visit" && e.paragraph === s.paragraph && e.start === s.start && ids.every((id) => e.participants.includes(id)))) continue;
      const prev = g.sentences.find((q) => q.paragraph === s.paragraph && q.end <= s.start && q.end >= s.start - 2);
      const setting = occasionSetting(g, s, prev, clauseFrom, at);
      const planned = PLANNED.test(slice(clauseFrom, at));
      pushGroupEvent(g, s, { type: "meeting", participants: ids, clause: { from: clauseFrom, to: at }, planned, trigger: m[0], rule: "joint-attend", setting }, out);
    }
  }
}

/** 在北京, 于人民大会堂: a place written as where something is held. */
const AT_PLACE = /[在于]$/;

/**
 * Where and when the occasion was: a place written after 在/于 and the last dated time, in the clause first, then in
 * the sentence before it (…周四在北京开幕。习近平与…共同出席开幕式).
 */
function occasionSetting(g: GroupDocument, s: Sentence, prev: Sentence | undefined, from: number, to: number): GroupSetting {
  const spans = prev ? [[from, to], [prev.start, prev.end]] : [[from, to]];
  const textAt = (q: Sentence, i: number): string => (q.simplified || q.text).slice(i - q.start - 1, i - q.start);
  let place: string | null = null;
  let time: GroupSetting["time"];
  for (const [a, b] of spans) {
    const q = a! >= s.start ? s : prev!;
    place ??= g.mentions.within(s.paragraph, a!, b!).find((m) => g.entityById.get(m.entity)?.type === "place" && AT_PLACE.test(textAt(q, m.start)))?.entity ?? null;
    time ??= g.times.within(s.paragraph, a!, b!).filter((t) => t.from !== null).at(-1);
  }
  return { place, time };
}

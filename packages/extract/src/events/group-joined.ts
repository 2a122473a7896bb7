// People who join a meeting just told: 其后，施纪贤、马克龙…及吕特在东厅加入会议 is a larger meeting of all.
import type { EventMention, Mention } from "../model.ts";
import { personsIn, placeAt, type GroupDocument } from "./group-document.ts";
import { foldBrackets } from "./group-list.ts";

/** Right after the list (simplified): 在东厅加入会议, 随后加入了会谈. */
const JOINED = /^(?:[（(][^）)，。；]{1,40}[）)])?(?:等人|等)?(?:随后|其后|稍后|后来)?(?:在[^，。；]{1,10})?(?:也|亦|随后)?加入(?:了)?(?:会谈|会议|会晤|会面|讨论)/;
/** Between two names of one list: 、/和/及/与 and titles, no clause break. */
const LIST_GAP = /^[^，。；：]{0,16}$/;

/** The list of persons ending right before JOINED in the sentence, or undefined. */
function joiners(at: (a: number, b: number) => string, persons: Mention[], to: number): Mention[] | undefined {
  for (let i = persons.length - 1; i >= 0; i--) {
    if (!JOINED.test(at(persons[i]!.end, to))) continue;
    const list = [persons[i]!];
    for (let j = i - 1; j >= 0; j--) {
      const gap = at(persons[j]!.end, list[0]!.start).replace(/[（(][^）)，。；]{0,40}[）)]/g, "");
      if (!LIST_GAP.test(gap) || !/[、和与及]/.test(gap)) break;
      list.unshift(persons[j]!);
    }
    return list;
  }
  return undefined;
}

/**
 * Adds a larger meeting of all when people join the meeting told in the sentence or one of the two before in
 * the paragraph (特朗普先与泽连斯基会谈。其后，A、B及C在东厅加入会议), on its date, placed where they joined.
 * The meeting before stays: it was held first.
 */
export function joinedMeetings(g: GroupDocument, out: EventMention[]): void {
  for (const [i, s] of g.sentences.entries()) {
    const text = s.simplified || s.text;
    if (!text.includes("加入")) continue;
    const at = (a: number, b: number): string => text.slice(a - s.start, b - s.start);
    const persons = foldBrackets(at, personsIn(g, s.paragraph, s.start, s.end));
    const found = joiners(at, persons, s.end);
    if (!found || found.length === 0) continue;
    const earlier = new Set(g.sentences.slice(Math.max(0, i - 2), i + 1).filter((q) => q.paragraph === s.paragraph).map((q) => q.start));
    const ids = found.map((p) => p.entity);
    const base = out.filter((e) => e.type === "meeting" && e.paragraph === s.paragraph && earlier.has(e.start) && !ids.some((id) => e.participants.includes(id))).at(-1);
    if (!base) continue;
    const all = [...base.participants, ...new Set(ids)];
    if (all.length < 3) continue;
    const last = found.at(-1)!;
    out.push({
      ...base,
      id: `${g.doc.id}:e${out.length + 1}`,
      participants: all,
      place: placeAt(g, s, last.end, s.end) ?? base.place,
      trigger: "加入",
      quote: s.text,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      rule: "group-joined",
    });
  }
}

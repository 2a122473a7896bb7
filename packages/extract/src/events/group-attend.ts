// A meeting of several parties told by who attended it: 中日韩领导人会议在首尔举行。李强、岸田文雄和尹锡悦出席.
import type { DocEntity, Document, EventMention, Mention, Sentence, TimeExpr } from "../model.ts";
import { ParagraphIndex } from "./paragraph-index.ts";
import { formatIn } from "./group-format.ts";
import { teamTalks } from "./group-teams.ts";

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

/**
 * The persons of a list that ends right before 出席 in [from, to) of a paragraph, or [] when there is none;
 * `whole` is the simplified text of the paragraph from offset `base` on.
 */
function attendees(whole: string, base: number, persons: Mention[], from: number, to: number): Mention[] {
  const at = (a: number, b: number): string => whole.slice(a - base, b - base);
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
    const before = at(from, list[0]!.start);
    if (before.length - Math.max(before.lastIndexOf("，"), before.lastIndexOf("。")) - 1 > 16) return [];
    return list;
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
export function groupAttendance(doc: Document, sentences: Sentence[], entities: DocEntity[], times: TimeExpr[], out: EventMention[], dateline: string | null): void {
  const isPerson = new Set(entities.filter((e) => e.type === "person").map((e) => e.id));
  const isPlace = new Set(entities.filter((e) => e.type === "place").map((e) => e.id));
  const mentions = new ParagraphIndex<Mention>(entities.flatMap((e) => e.mentions));
  const timeIndex = new ParagraphIndex<TimeExpr>(times);
  for (const [i, s] of sentences.entries()) {
    const text = s.simplified || s.text;
    const held = heldFormat(text);
    if (!held) continue;
    const next = sentences[i + 1]?.paragraph === s.paragraph ? sentences[i + 1] : undefined;
    // The sentence and the next one of its paragraph, in paragraph offsets from s.start.
    const whole = next ? text + " ".repeat(Math.max(0, next.start - s.end)) + (next.simplified || next.text) : text;
    const persons = mentions.within(s.paragraph, s.start, next?.end ?? s.end).filter((m) => isPerson.has(m.entity));
    let list = attendees(whole, s.start, persons, s.start + held.clauseEnd, s.end);
    if (list.length < 3 && next) list = attendees(whole, s.start, persons, next.start, next.end);
    const ids = [...new Set(list.map((m) => m.entity))];
    if (ids.length < 3) continue;
    if (out.some((e) => e.type !== "visit" && ids.every((id) => e.participants.includes(id)))) continue;
    const clauseFrom = s.start + (text.lastIndexOf("，", held.start) + 1);
    const clauseTo = s.start + held.clauseEnd;
    const place = mentions.within(s.paragraph, clauseFrom, clauseTo).filter((m) => isPlace.has(m.entity)).at(-1);
    const time = timeIndex.within(s.paragraph, clauseFrom, clauseTo).find((t) => t.from !== null);
    const clause = text.slice(clauseFrom - s.start, held.clauseEnd);
    const later = time?.from && dateline ? time.from > dateline : false;
    out.push({
      id: `${doc.id}:e${out.length + 1}`,
      document: doc.id,
      type: VIDEO.test(clause) ? "call" : "meeting",
      participants: ids,
      place: place?.entity ?? null,
      from: time?.from ?? null,
      to: time?.to ?? null,
      precision: time?.precision ?? null,
      status: later || PLANNED.test(clause) ? "planned" : "happened",
      trigger: s.text.slice(held.start, held.end),
      quote: s.text,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      rule: "group-attend",
    });
  }
  // 双方经贸团队…举行了新一轮磋商。贝森特和格里尔与何立峰…: the teams' leads, listed after the talks.
  teamTalks(doc, sentences, entities, times, out, dateline);
}

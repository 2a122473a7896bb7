// extractEvents: runs the sentence rules over a document, sentence by sentence, with indexes built once.
import type { DocEntity, Document, EventMention, Mention, Sentence, TimeExpr } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import type { CompiledRules } from "./rules.ts";
import { builtinRules } from "./rules.ts";
import type { EventDraft, SentenceContext } from "./sentence.ts";
import { sentenceEvents } from "./sentence.ts";
import { hasSplitCall } from "./triggers.ts";
import { CEREMONY_SENTENCE } from "./ceremony.ts";
import { joinSplitNames } from "./names.ts";
import { noteLeaders, Referents } from "./referents.ts";
import { opensWithOrdinal } from "./meeting-ordinals.ts";
import { viewSentence } from "./view.ts";
import { firstSubject, noSubject, PreviousSentence } from "./previous-sentence.ts";
import { continuesPrevious } from "./time-sequence.ts";
import { ParagraphIndex } from "./paragraph-index.ts";
import { captionDate, datePictureEvents } from "./caption.ts";
import { addEventPlaces } from "./place-entities.ts";
import { groupAttendance } from "./group-attend.ts";
import { teamTalks } from "./group-teams.ts";
import { groupVideo } from "./group-video.ts";
import { carryLegDates, type LegSentence } from "./trip-legs.ts";
import { adjacentPair, toMention } from "./draft-mention.ts";

/** Options of extractEvents. */
export interface ExtractEventsOptions {
  /** Place kinds (venue, city …), containers and countries; without it only the entities' own countries are known. */
  lexicon?: Lexicon;
  /** Print why each event was found or skipped. */
  explain?: boolean;
  /** Where explanations go (default: stderr). */
  log?: (line: string) => void;
  /** Compiled rules (default: the built-in rules/triggers.json). */
  rules?: CompiledRules;
  /** Date an undated event from the previous sentence of its paragraph when that one reports no event. */
  previousSentenceTime?: boolean;
}

/** Defaults of extractEvents. */
export const DEFAULT_EXTRACT_EVENTS_OPTIONS: Required<Pick<ExtractEventsOptions, "explain" | "previousSentenceTime">> = {
  explain: false,
  previousSentenceTime: true,
};

/**
 * The meetings, calls and visits each sentence of a document reports: one EventMention per
 * (sentence, event), with participants, place, dates, status, trigger, quote and the rule.
 */
export function extractEvents(
  doc: Document,
  sentences: Sentence[],
  entities: DocEntity[],
  times: TimeExpr[],
  opts: ExtractEventsOptions = {},
): EventMention[] {
  const o = { ...DEFAULT_EXTRACT_EVENTS_OPTIONS, ...opts };
  const rules = o.rules ?? builtinRules();
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const mentions = new ParagraphIndex<Mention>(entities.flatMap((e) => e.mentions));
  const timeIndex = new ParagraphIndex<TimeExpr>(times);
  const log = o.log ?? ((line: string) => process.stderr.write(`parley explain: ${line}\n`));
  const dateline = (doc.published ?? doc.dateline?.date ?? null)?.slice(0, 10) ?? null;
  const implied = (id: string, name: string): string =>
    entities.find((e) => e.type === "place" && (e.id === id || e.name === name))?.id ?? id;
  const out: EventMention[] = [];
  let previous: PreviousSentence | undefined;
  // 先過境洛杉磯…；隨後前往巴拉圭…: the last sentence with events, for a leg sentence that carries its trip's date.
  let leg: LegSentence | undefined;
  // 他在27日至28日与王毅…会谈: 他/她 is the subject of the nearest of the last few sentences that has one
  // (three, or five within the paragraph).
  const recent: PreviousSentence[] = [];
  const remember = (p: PreviousSentence): void => {
    previous = p;
    recent.push(p);
    if (recent.length > 5) recent.shift();
  };
  const ctx: SentenceContext = { rules, lexicon: o.lexicon, dateline, implied, previous: undefined, previousSubject: noSubject, note: undefined, referents: new Referents() };
  for (const [i, s] of sentences.entries()) {
    const ms = joinSplitNames(mentions.within(s.paragraph, s.start, s.end), o.lexicon);
    noteLeaders(ctx.referents, ms, entityById, o.lexicon, (a, b) => (s.simplified || s.text).slice(a - s.start, b - s.start));
    const ts = timeIndex.within(s.paragraph, s.start, s.end);
    // Most sentences name no trigger and no leader pair: skip them before building a view.
    const told = ctx.referents.counted !== undefined && opensWithOrdinal(s.simplified || s.text);
    if (!told && !rules.triggerAny.test(s.simplified || s.text) && !hasSplitCall(s.simplified || s.text) && !adjacentPair(ms, entityById) && !CEREMONY_SENTENCE.test(s.simplified || s.text)) {
      ctx.referents.counted = undefined;
      remember(new PreviousSentence(s, ms, ts, undefined, 0));
      continue;
    }
    const view = viewSentence(s, ms, ts, entityById, rules);
    const last = previous;
    // 先過境洛杉磯；隨後前往巴拉圭；接著訪問貝里斯；回程過境休士頓: a long itinerary looks further back in its own paragraph.
    const earlier = [...recent].reverse().filter((p, k) => k < 3 || p.paragraph === s.paragraph);
    // 特朗普其后在社交平台表示…: a sentence that goes on in time, with no date of its own (not 随后转往华盛顿，
    // 8日在白宫…), takes the date of one that reported events too.
    const goesOn = last !== undefined && last.events > 0 && !ts.some((t) => t.from !== null) && continuesPrevious(s.simplified || s.text);
    const lent = o.previousSentenceTime && last && last.paragraph === s.paragraph && (last.events === 0 || goesOn) ? last.time(entityById, rules, dateline) : undefined;
    // …上次会晤是在3月。随后…: a sequence goes on from a narrative day, not from a recalled month.
    ctx.previous = lent && last!.events > 0 ? (lent.precision === "day" ? { ...lent, rule: "date:sequence" } : undefined) : lent;
    ctx.previousSubject = earlier.length > 0 ? () => firstSubject(earlier, entityById, rules) : noSubject;
    ctx.note = o.explain ? (line: string) => log(`${doc.id} ¶${s.paragraph}:${s.start} ${line}`) : undefined;
    const drafts = sentenceEvents(view, ctx);
    carryLegDates(leg, { paragraph: s.paragraph, index: i }, drafts, s.simplified || s.text);
    leg = { paragraph: s.paragraph, index: i, drafts };
    captionDate(drafts, s, sentences[i + 1], timeIndex);
    for (const d of drafts) out.push(toMention(doc, s, d, out.length + 1));
    remember(new PreviousSentence(s, ms, ts, view, drafts.length));
  }
  // 王毅（右）与布林肯会谈前握手: a caption's or heading's contact takes the body's date.
  datePictureEvents(doc, out);
  // 中日韩领导人会议在首尔举行。李强、岸田文雄和尹锡悦出席: one meeting of all who attended a format of several parties.
  const group = { doc, sentences, entityById, mentions, times: timeIndex, dateline };
  groupAttendance(group, out);
  // 双方经贸团队…举行了新一轮磋商。贝森特和格里尔与何立峰…: the teams' leads, listed after the talks.
  teamTalks(group, out);
  // 以视像方式举行…共同主持会晤: a group meeting over video is a call; attending it from home is no visit.
  groupVideo(sentences, out);
  // A place only the lexicon fallback read (转往日本: 往日|本) still needs its entity.
  addEventPlaces(entities, out, o.lexicon);
  return out;
}

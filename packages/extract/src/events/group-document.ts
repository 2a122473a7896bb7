// What the paragraph-level group passes (group-attend, group-teams, group-host …) read of a document, indexed once by extractEvents, and the helpers they share.
import type { DocEntity, Document, EventMention, Mention, Sentence, TimeExpr } from "../model.ts";
import type { ParagraphIndex } from "./paragraph-index.ts";

/** A document as extractEvents indexed it: its mentions and times by paragraph, and its date. */
export interface GroupDocument {
  doc: Document;
  sentences: readonly Sentence[];
  entityById: ReadonlyMap<string, DocEntity>;
  mentions: ParagraphIndex<Mention>;
  times: ParagraphIndex<TimeExpr>;
  dateline: string | null;
}

/** A sentence read together with the next sentence of its paragraph (a list of attendees often follows). */
export interface SentencePair {
  sentence: Sentence;
  next: Sentence | undefined;
  /** The simplified text between two paragraph offsets of the pair. */
  at(from: number, to: number): string;
  /** The persons named in the pair, in order. */
  persons: Mention[];
}

/** The i-th sentence with the next one of its paragraph, if any. */
export function sentencePair(g: GroupDocument, i: number): SentencePair {
  const s = g.sentences[i]!;
  const text = s.simplified || s.text;
  const next = g.sentences[i + 1]?.paragraph === s.paragraph ? g.sentences[i + 1] : undefined;
  const whole = next ? text + " ".repeat(Math.max(0, next.start - s.end)) + (next.simplified || next.text) : text;
  const persons = g.mentions.within(s.paragraph, s.start, next?.end ?? s.end).filter((m) => g.entityById.get(m.entity)?.type === "person");
  return { sentence: s, next, at: (from, to) => whole.slice(from - s.start, to - s.start), persons };
}

/** True when what stands before a list's first name, back to the last clause break, is short enough for titles (时任总理). */
export function opensClause(lead: string): boolean {
  return lead.length - Math.max(lead.lastIndexOf("，"), lead.lastIndexOf("。")) - 1 <= 16;
}

/** What a group pass found: its kind, people, the clause that dates and places it, and how it reads. */
export interface GroupFinding {
  type: EventMention["type"];
  participants: string[];
  /** The clause [from, to) in paragraph offsets: its last place and first dated time are the event's. */
  clause: { from: number; to: number };
  /** A plan cue in the clause; a time after the document's date makes it a plan too. */
  planned: boolean;
  trigger: string;
  rule: string;
  /** Where and when, when the pass chose them itself; else the clause's last place and first dated time. */
  setting?: GroupSetting;
}

/** The place and time of a group event. */
export interface GroupSetting {
  place: string | null;
  time: Pick<TimeExpr, "from" | "to" | "precision"> | undefined;
}

/** A clause's setting: its last place and its first dated time. */
function clauseSetting(g: GroupDocument, s: Sentence, from: number, to: number): GroupSetting {
  const place = g.mentions.within(s.paragraph, from, to).filter((m) => g.entityById.get(m.entity)?.type === "place").at(-1);
  return { place: place?.entity ?? null, time: g.times.within(s.paragraph, from, to).find((t) => t.from !== null) };
}

/** The EventMention of a finding in sentence `s`, appended to `out`. */
export function pushGroupEvent(g: GroupDocument, s: Sentence, found: GroupFinding, out: EventMention[]): void {
  const { place, time } = found.setting ?? clauseSetting(g, s, found.clause.from, found.clause.to);
  const later = time?.from && g.dateline ? time.from > g.dateline : false;
  out.push({
    id: `${g.doc.id}:e${out.length + 1}`,
    document: g.doc.id,
    type: found.type,
    participants: found.participants,
    place,
    from: time?.from ?? null,
    to: time?.to ?? null,
    precision: time?.precision ?? null,
    status: later || found.planned ? "planned" : "happened",
    trigger: found.trigger,
    quote: s.text,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    rule: found.rule,
  });
}

/** Where the clause holding offset `at` of `text` starts: right after the last ， or ； before it (0 when none). */
export function clauseStartIn(text: string, at: number): number {
  return Math.max(text.lastIndexOf("，", at), text.lastIndexOf("；", at)) + 1;
}

/** True when a meeting or call in `out` already names every one of `ids`. */
export function namedByOne(out: readonly EventMention[], ids: readonly string[]): boolean {
  return out.some((e) => e.type !== "visit" && ids.every((id) => e.participants.includes(id)));
}

/** Removes the meetings and calls of sentence `s` whose people are all among `ids`: the pairs one group meeting of `ids` replaces. */
export function dropPairsOf(out: EventMention[], s: Sentence, ids: readonly string[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const e = out[k]!;
    if (e.type !== "visit" && e.paragraph === s.paragraph && e.start === s.start && e.participants.every((id) => ids.includes(id))) out.splice(k, 1);
  }
}

/** The persons of [from, to) in the paragraph, in order; 塞西（Abdel Fattah al-Sisi） counts once. */
export function personsIn(g: GroupDocument, paragraph: number, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (const m of g.mentions.within(paragraph, from, to)) {
    if (g.entityById.get(m.entity)?.type !== "person") continue;
    const prev = out.at(-1);
    if (prev?.entity === m.entity) prev.end = Math.max(prev.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

/** True when the people are of two or more countries the lexicon knows (a contact between sides). */
export function severalSides(g: GroupDocument, ids: readonly string[]): boolean {
  const countries = new Set(ids.map((id) => g.entityById.get(id)).map((e) => (e?.known ? e.country : null)).filter((c) => c));
  return countries.size >= 2;
}

/** What lies between 在/于 and a place of that phrase: names and titles, no verb or link (靠近, 与, 的). */
const AT_PHRASE = /[在于](?:(?!靠近|附近|边界|举行|出席|主持)[^，。；与和同的])*$/;

/** The place written after 在/于 (在家乡特拉华州威明顿) last in [from, to) of the sentence, if any. */
export function placeAt(g: GroupDocument, s: Sentence, from: number, to: number): string | null {
  const text = s.simplified || s.text;
  const places = g.mentions.within(s.paragraph, from, to).filter((m) => g.entityById.get(m.entity)?.type === "place");
  // 在沙特阿拉伯红海城市吉达: the last place of the phrase; not 乌克兰 in 在白俄罗斯靠近乌克兰边界的地方.
  const written = places.filter((m) => AT_PHRASE.test(text.slice(Math.max(0, m.start - s.start - 13), m.start - s.start)));
  return written.at(-1)?.entity ?? null;
}

// What the paragraph-level group passes (group-attend, group-teams) read of a document: indexed once by extractEvents.
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

// A sentence seen by the event rules: its entity and time mentions in sentence offsets, its clauses, cue text.
import type { DocEntity, EntityType, Mention, Sentence, TimeExpr } from "../model.ts";
import type { CompiledRules } from "./rules.ts";

/** A half-open range of offsets into the sentence. */
export interface Span {
  start: number;
  end: number;
}

/** An entity mention inside the sentence. */
export interface EntityItem extends Span {
  id: string;
  type: EntityType;
  entity: DocEntity | undefined;
}

/** A time expression inside the sentence. */
export interface TimeItem extends Span {
  expr: TimeExpr;
}

/** Everything the rules read about one sentence; offsets are relative to the sentence start. */
export interface SentenceView {
  sentence: Sentence;
  /** The simplified text. */
  text: string;
  /** The simplified text with non-cues (按计划, 应…邀请) blanked out, same length. */
  cue: string;
  persons: EntityItem[];
  places: EntityItem[];
  orgs: EntityItem[];
  times: TimeItem[];
  clauses: Span[];
}

/** Clause boundaries: punctuation, and whitespace (a break only between two Han characters, as in headlines). */
const CLAUSE_BREAK = /[，,；;：:。！？!?…]|\s+/g;
const HAN_SIDE = /[\u3400-\u9fff“”"「」]/;

/** Splits a sentence into clauses (never empty, covering the whole text). */
export function splitClauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (/\s/.test(m[0]) && !(HAN_SIDE.test(text[m.index - 1] ?? "") && HAN_SIDE.test(text[m.index + m[0].length] ?? ""))) continue;
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** Blanks out spans that look like cues but are not, keeping offsets. */
export function maskCues(text: string, rules: CompiledRules): string {
  const blank = (m: string): string => "＿".repeat(m.length);
  return text.replace(rules.cueMask, blank);
}

/** A title in book-title brackets: 《9月平壤共同宣言》. */
const BOOK_TITLE = /《[^《》]{1,40}》/g;

/** Builds the view from mentions and times already cut to the sentence (paragraph offsets). */
export function viewSentence(
  sentence: Sentence,
  mentions: readonly Mention[],
  times: readonly TimeExpr[],
  entityById: ReadonlyMap<string, DocEntity>,
  rules: CompiledRules,
): SentenceView {
  const text = sentence.simplified || sentence.text;
  const at = sentence.start;
  const persons: EntityItem[] = [];
  const places: EntityItem[] = [];
  const orgs: EntityItem[] = [];
  // Longest mention wins where two overlap (美国 inside 美国国务院).
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    const entity = entityById.get(m.entity);
    const item: EntityItem = { id: m.entity, type: entity?.type ?? m.type, entity, start: m.start - at, end: m.end - at };
    if (item.type === "person") persons.push(item);
    else if (item.type === "place") places.push(item);
    else orgs.push(item);
  }
  // 签署《9月平壤共同宣言》: a date inside a document's title dates the document, not the event.
  const titles = [...text.matchAll(BOOK_TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const timeItems = [...times]
    .sort((a, b) => a.start - b.start)
    .map((expr) => ({ expr, start: expr.start - at, end: expr.end - at }))
    .filter((t) => !titles.some((b) => t.start > b.start && t.end < b.end));
  return { sentence, text, cue: maskCues(text, rules), persons, places, orgs, times: timeItems, clauses: splitClauses(text) };
}

/** The items whose span lies inside [start, end). */
export function within<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((i) => i.start >= start && i.end <= end);
}

/** The clause that contains an offset. */
export function clauseAt(view: SentenceView, offset: number): Span {
  for (const c of view.clauses) if (offset >= c.start && offset < c.end) return c;
  return view.clauses[view.clauses.length - 1] ?? { start: 0, end: view.text.length };
}

/** The gap's text with names and times cut out: what a negation must reach across. */
export function bareGap(view: SentenceView, from: number, to: number): string {
  const spans = [...view.persons, ...view.places, ...view.orgs, ...view.times].filter((i) => i.start >= from && i.end <= to);
  let out = "";
  let at = from;
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += view.text.slice(at, s.start);
    at = s.end;
  }
  return out + view.text.slice(at, to);
}

// Captions and headings dated: by a bracketed date after them (会谈。（2023年7月8日）), or by the body's report of the same contact.
import type { Document, EventMention, Sentence, TimeExpr } from "../model.ts";
import type { ParagraphIndex } from "./paragraph-index.ts";
import type { EventDraft } from "./sentence.ts";

/** A caption's date in brackets after it: 耶伦与何立峰在北京举行会谈。（2023年7月8日） */
const CAPTION_DATE = /^\s*[（(][^（）()]{4,24}[）)]\s*$/;

/** Dates the sentence's undated events by the bracketed date written right after it. */
export function captionDate(drafts: EventDraft[], s: Sentence, next: Sentence | undefined, times: ParagraphIndex<TimeExpr>): void {
  if (!next || next.paragraph !== s.paragraph || !drafts.some((d) => d.from === null) || !CAPTION_DATE.test(next.text)) return;
  const t = times.within(next.paragraph, next.start, next.end).find((x) => x.from && x.to);
  if (!t) return;
  for (const d of drafts) {
    if (d.from !== null) continue;
    d.from = t.from;
    d.to = t.to;
    d.precision = t.precision;
    d.rule = d.rule.replace("date:none", "date:caption");
  }
}

/**
 * Dates the undated events of captions and headings by the same contact the body dates: 王毅（右）与布林肯在
 * 会谈前握手 / 朔尔茨北京会晤习近平 take the day of 王毅26日在华盛顿与布林肯会谈 / 朔尔茨周二（4月16日）与习近平会谈.
 * The same kind and the same people, the first dated report in the body's order; a plan or denial is left alone.
 */
export function datePictureEvents(doc: Document, out: EventMention[]): void {
  const key = (m: EventMention) => `${m.type}|${[...m.participants].sort().join(",")}`;
  const dated = new Map<string, EventMention>();
  for (const m of out) {
    if (m.from === null || doc.paragraphs[m.paragraph]?.kind !== "text" || dated.has(key(m))) continue;
    dated.set(key(m), m);
  }
  for (const m of out) {
    const kind = doc.paragraphs[m.paragraph]?.kind;
    if (m.from !== null || m.status !== "happened" || (kind !== "caption" && kind !== "heading")) continue;
    const body = dated.get(key(m));
    if (!body || body.status !== "happened") continue;
    m.from = body.from;
    m.to = body.to;
    m.precision = body.precision;
    m.rule = m.rule.replace("date:none", "date:story");
  }
}

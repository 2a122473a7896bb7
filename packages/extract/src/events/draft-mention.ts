// The EventMention a sentence draft becomes, and the one sentence test that needs no trigger word (拜习会).
import type { DocEntity, Document, EventMention, Mention, Sentence } from "../model.ts";
import type { EventDraft } from "./sentence.ts";

/** True when two people are written back to back (拜习会): a compound needs no trigger word. */
export function adjacentPair(ms: readonly Mention[], entityById: ReadonlyMap<string, DocEntity>): boolean {
  const isPerson = (m: Mention): boolean => (entityById.get(m.entity)?.type ?? m.type) === "person";
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (a.end === b.start && isPerson(a) && isPerson(b)) return true;
  }
  return false;
}

/** The EventMention of a draft: ids, document fields, the trigger and quote in the original script. */
export function toMention(doc: Document, s: Sentence, d: EventDraft, n: number): EventMention {
  const ev: EventMention = {
    id: `${doc.id}:e${n}`,
    document: doc.id,
    type: d.type,
    participants: d.participants,
    place: d.place,
    from: d.from,
    to: d.to,
    precision: d.precision,
    status: d.status,
    trigger: s.text.slice(d.triggerStart, d.triggerEnd),
    quote: s.text,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    rule: d.rule,
  };
  if (d.reportedBy) ev.reportedBy = d.reportedBy;
  return ev;
}

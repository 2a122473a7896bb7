// The dated articles' events by kind and participants: what an undated article's events are checked against.
import type { DocEntity, EventMention, Extraction } from "../model.ts";

/** The days one dated article gives an event (first and last day, ISO). */
export interface DatedSpan {
  from: string;
  to: string;
}

/** Options of DatedEvents. */
export interface DatedEventsOptions {
  /** Spans kept per kind and participants (a bound on memory for a huge corpus). */
  maxSpansPerKey: number;
}

/** Defaults: up to 64 distinct spans per kind and participants. */
export const DEFAULT_DATED_EVENTS_OPTIONS: DatedEventsOptions = { maxSpansPerKey: 64 };

/** Precisions narrow enough to locate an event in time (a bare year is not). */
const LOCATING = new Set(["day", "part-of-month", "month"]);

/**
 * The key an event is compared by across articles: its kind and its participants, a lexicon person by id and
 * anyone else by name (another article's local id differs); null when it has no participant.
 *
 * @example eventKey(ev, byId) // "meeting|person:modi|person:xi-jinping"
 */
export function eventKey(event: EventMention, entities: ReadonlyMap<string, DocEntity>): string | null {
  if (event.participants.length === 0) return null;
  const people = event.participants.map((id) => {
    const e = entities.get(id);
    return !e || e.known ? id : `name:${e.name}`;
  });
  return `${event.type}|${[...new Set(people)].sort().join("|")}`;
}

/** The entities of an extraction by id. */
export function entitiesById(extraction: Extraction): Map<string, DocEntity> {
  return new Map(extraction.entities.map((e) => [e.id, e]));
}

/** The located span of an event (day, part of month or month precision), or null. */
export function locatedSpan(event: EventMention): DatedSpan | null {
  if (!event.from || !event.to || !event.precision || !LOCATING.has(event.precision)) return null;
  return { from: event.from.slice(0, 10), to: event.to.slice(0, 10) };
}

/** Collects the located events of dated articles, by kind and participants. */
export class DatedEvents {
  private readonly byKey = new Map<string, DatedSpan[]>();
  private readonly options: DatedEventsOptions;

  constructor(options: Partial<DatedEventsOptions> = {}) {
    this.options = { ...DEFAULT_DATED_EVENTS_OPTIONS, ...options };
  }

  /** Records the located events of one dated article (planned ones too: their dates place the story). */
  add(extraction: Extraction): void {
    const entities = entitiesById(extraction);
    for (const event of extraction.events) {
      const span = event.status === "not-happened" ? null : locatedSpan(event);
      const key = span && eventKey(event, entities);
      if (!span || !key) continue;
      const list = this.byKey.get(key) ?? [];
      if (list.length >= this.options.maxSpansPerKey || list.some((s) => s.from === span.from && s.to === span.to)) continue;
      list.push(span);
      this.byKey.set(key, list);
    }
  }

  /** The spans recorded for a key (empty when none). */
  spans(key: string): readonly DatedSpan[] {
    return this.byKey.get(key) ?? [];
  }

  /** True when a recorded span of the key overlaps `span`. */
  agrees(key: string, span: DatedSpan): boolean {
    return this.spans(key).some((s) => s.from <= span.to && span.from <= s.to);
  }

  /** The number of keys recorded. */
  get size(): number {
    return this.byKey.size;
  }
}

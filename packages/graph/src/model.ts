// The resolved model: timeline.json (the contract in shared/eval/README.md, extended) and the
// attributes of graph.json's nodes and edges. Types only; safe to import anywhere.
import type { EntityType, EventStatus, EventType, Precision, Role } from "@parley/extract/model";

export type { EntityType, EventStatus, EventType, Precision, Role };

/** A document as the timeline lists it. */
export interface TimelineDocument {
  id: string;
  path: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  /** Only what the document itself states; null otherwise. */
  published: string | null;
  /** The date used to anchor relative times, and whether it was inferred from the content. */
  dateline: { date: string; inferred: boolean; basis: string } | null;
}

/** Where an entity is mentioned. Offsets are into the paragraph's clean text. */
export interface EntityMention {
  document: string;
  paragraph: number;
  start: number;
  end: number;
  surface: string;
  rule: string;
}

/** One real person, place or organization, resolved across documents and scripts. */
export interface Entity {
  /** "person:wang-yi" for lexicon entries; a stable slug for the others. */
  id: string;
  type: EntityType;
  /** Canonical Chinese name, simplified script. */
  name: string;
  nameEn: string | null;
  /** Every surface form and known name, any script. */
  aliases: string[];
  country: string | null;
  roles: Role[];
  /** Ids of documents that mention it. */
  documents: string[];
  mentions: EntityMention[];
  /** Places: ids of the places that contain it, nearest first (白宫 → 华盛顿, 美国). */
  within?: string[];
}

/** What one article says about an event. */
export interface EventSource {
  document: string;
  /** The sentence that reports it. */
  quote: string;
  paragraph: number;
  start: number;
  end: number;
  /** The date and status this source claims. */
  from: string | null;
  to: string | null;
  status: EventStatus;
  trigger: string;
  rule: string;
  reportedBy?: string;
  /** The document's date: orders sources, latest first wins the status. */
  documentDate: string | null;
}

/** One real-world event, merged across every article that reports it. */
export interface TimelineEvent {
  id: string;
  type: EventType;
  /** Entity ids; for a visit, the visitor(s). */
  participants: string[];
  /** Entity id; for a visit, the destination. A city rather than a venue in it (北京, not 人民大会堂). */
  place: string | null;
  /** Entity id of the venue inside `place` the sources name (人民大会堂), when there is one. */
  venue?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision the sources support. */
  start: string | null;
  end: string | null;
  precision: Precision | null;
  /**
   * "text" (or absent) when the sources' text dates the event; "documents" when no source does and
   * start/end are a window around the articles' dates (see merge/undated.ts).
   */
  datedBy?: "text" | "documents";
  /** The latest source's status. */
  status: EventStatus;
  /** Present when sources disagree on status: every status claimed. */
  statusConflict?: EventStatus[];
  sources: EventSource[];
  /**
   * 0..1: the confidence model's estimate that the event is reported as the text means it (see
   * confidence/model.ts); `toEvent` gives a first guess from the number of sources and the status, which the timeline replaces.
   */
  confidence: number;
}

/** timeline.json */
export interface Timeline {
  version: 1;
  documents: TimelineDocument[];
  entities: Entity[];
  events: TimelineEvent[];
  /** Events the confidence model rated under the build's floor: kept for the record, left out of the graph. */
  doubtful?: TimelineEvent[];
  /** Files that could not be read, and why. */
  skipped: { path: string; reason: string }[];
}

/** Node kinds in graph.json. (`kind`, not `type`: sigma reserves `type` for its node programs.) */
export type NodeKind = "person" | "organization" | "place" | "event" | "document";
/** Edge kinds in graph.json. */
export type EdgeKind = "contact" | "participates-in" | "held-at" | "reported-by";

/** Attributes of every node in graph.json. */
export interface NodeAttributes {
  kind: NodeKind;
  /** Chinese label (simplified). */
  label: string;
  labelEn: string | null;
  aliases: string[];
  country: string | null;
  /** Role titles, most recent first, e.g. "国务卿 (Secretary of State, US)". */
  roles: string[];
  mentions: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Events: type, status and dates; documents: url and published. */
  eventType?: EventType;
  status?: EventStatus;
  start?: string | null;
  end?: string | null;
  /** Events: the confidence model's rating, 0..1 (see TimelineEvent.confidence). */
  confidence?: number;
  url?: string | null;
  published?: string | null;
  /** Events: every source with its quote, so graph.json alone can show them. */
  sources?: NodeSource[];
  /** Places: ids of the places that contain it, nearest first. */
  within?: string[];
}

/** A source of an event as stored on its node in graph.json. */
export interface NodeSource {
  document: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  quote: string;
  status: EventStatus;
  from: string | null;
  to: string | null;
}

/** Attributes of every edge in graph.json. */
export interface EdgeAttributes {
  kind: EdgeKind;
  /** Contact edges: number of shared events. */
  weight: number;
  /** Contact edges: the shared events' ids. */
  events?: string[];
  /** Contact edges: first and last day of the shared events (YYYY-MM-DD). */
  first?: string | null;
  last?: string | null;
}

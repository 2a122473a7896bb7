// The graphology graph of a timeline: a knowledge graph (people, organizations, places, events,
// documents) plus the person-to-person contact network, sized by degree and colored by country.
import Graph from "graphology";
import type { EdgeAttributes, Entity, NodeAttributes, NodeSource, Timeline, TimelineDocument, TimelineEvent } from "../model.ts";
import { roleLabel } from "../resolve/roles.ts";
import { intervalOf, isoDay } from "../time/days.ts";
import { eventLabel } from "./labels.ts";
import { layout, type LayoutOptions } from "./layout.ts";
import { DOCUMENT_COLOR, STATUS_COLORS, countryColor } from "./palette.ts";

/** The graph type of graph.json. */
export type ParleyGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Options of `toGraph`. */
export interface GraphOptions {
  /** Lay the graph out (seeded random + ForceAtlas2), or leave every node at 0,0. */
  layout: boolean | Partial<LayoutOptions>;
  /** Statuses whose events make contact edges (a meeting that did not happen is no contact). */
  contactStatuses: TimelineEvent["status"][];
}

/** Default graph options. */
export const DEFAULT_GRAPH_OPTIONS: GraphOptions = {
  layout: true,
  contactStatuses: ["happened", "planned", "possible"],
};

/** Key of a document's node (documents and entities live in one key space). */
export function documentKey(id: string): string {
  return `document:${id}`;
}

/**
 * Builds the graph of a timeline.
 * @example const graph = toGraph(await toTimeline(extractions)); graph.export() // graph.json
 */
export function toGraph(timeline: Timeline, options: Partial<GraphOptions> = {}): ParleyGraph {
  const opts = { ...DEFAULT_GRAPH_OPTIONS, ...options };
  const graph: ParleyGraph = new Graph({ type: "mixed", multi: false, allowSelfLoops: false });
  const names = new Map<string, string>();
  const docs = new Map<string, TimelineDocument>();
  for (const e of timeline.entities) {
    names.set(e.id, e.name);
    graph.addNode(e.id, entityNode(e));
  }
  for (const d of timeline.documents) {
    docs.set(d.id, d);
    graph.addNode(documentKey(d.id), documentNode(d));
  }
  const nameOf = (id: string) => names.get(id) ?? id;
  const contactable = new Set(opts.contactStatuses);
  const contacts = new Map<string, Contact>();
  for (const ev of timeline.events) {
    graph.addNode(ev.id, eventNode(ev, eventLabel(ev, nameOf), docs));
    const people: string[] = [];
    for (const p of new Set(ev.participants)) {
      if (!graph.hasNode(p)) continue;
      graph.addDirectedEdgeWithKey(`${p}->${ev.id}`, p, ev.id, { kind: "participates-in", weight: 1 });
      if (graph.getNodeAttribute(p, "kind") === "person") people.push(p);
    }
    // The narrowest place (the venue, inside its city): a query for 北京 still finds it through `within`.
    const where = ev.venue ?? ev.place;
    if (where && graph.hasNode(where)) {
      graph.addDirectedEdgeWithKey(`${ev.id}->${where}`, ev.id, where, { kind: "held-at", weight: 1 });
    }
    const perDoc = new Map<string, number>();
    for (const s of ev.sources) perDoc.set(s.document, (perDoc.get(s.document) ?? 0) + 1);
    for (const [doc, weight] of perDoc) {
      const key = documentKey(doc);
      if (graph.hasNode(key)) graph.addDirectedEdgeWithKey(`${ev.id}->${key}`, ev.id, key, { kind: "reported-by", weight });
    }
    if (contactable.has(ev.status)) addContacts(contacts, people.sort(), ev);
  }
  for (const [key, { a, b, attr }] of contacts) graph.addUndirectedEdgeWithKey(key, a, b, attr);
  graph.forEachNode((node, attr) => {
    attr.size = sizeFor(attr.kind, graph.degree(node));
  });
  if (opts.layout) layout(graph, opts.layout === true ? {} : opts.layout);
  return graph;
}

/** A contact edge being accumulated (added to the graph once, at the end). */
interface Contact {
  a: string;
  b: string;
  attr: EdgeAttributes;
}

/** Accumulates the contact edges of one event's people (sorted) into `contacts`. */
function addContacts(contacts: Map<string, Contact>, people: string[], ev: TimelineEvent): void {
  if (people.length < 2) return;
  const iv = intervalOf(ev.start, ev.end);
  const first = iv ? isoDay(iv.lo) : null;
  const last = iv ? isoDay(iv.hi) : null;
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      const key = `contact:${a}|${b}`;
      const seen = contacts.get(key);
      if (!seen) {
        contacts.set(key, { a, b, attr: { kind: "contact", weight: 1, events: [ev.id], first, last } });
        continue;
      }
      const attr = seen.attr;
      attr.weight += 1;
      attr.events?.push(ev.id);
      if (first && (!attr.first || first < attr.first)) attr.first = first;
      if (last && (!attr.last || last > attr.last)) attr.last = last;
    }
  }
}

function sizeFor(kind: NodeAttributes["kind"], degree: number): number {
  const base = kind === "person" ? 4 : kind === "event" ? 2 : 3;
  return Math.round(Math.min(base + 1.5 * Math.sqrt(degree), 40) * 100) / 100;
}

function entityNode(e: Entity): NodeAttributes {
  const attr: NodeAttributes = {
    kind: e.type,
    label: e.name,
    labelEn: e.nameEn,
    aliases: e.aliases,
    country: e.country,
    roles: e.roles.map(roleLabel),
    mentions: e.mentions.length,
    x: 0,
    y: 0,
    size: 1,
    color: countryColor(e.country),
  };
  if (e.within) attr.within = e.within;
  return attr;
}

function documentNode(d: TimelineDocument): NodeAttributes {
  return {
    kind: "document",
    label: d.title ?? d.id,
    labelEn: d.outlet,
    aliases: [d.path],
    country: null,
    roles: [],
    mentions: 0,
    x: 0,
    y: 0,
    size: 1,
    color: DOCUMENT_COLOR,
    url: d.url,
    published: d.published,
  };
}

function eventNode(ev: TimelineEvent, label: string, docs: Map<string, TimelineDocument>): NodeAttributes {
  const sources: NodeSource[] = ev.sources.map((s) => {
    const d = docs.get(s.document);
    return { document: s.document, title: d?.title ?? null, url: d?.url ?? null, outlet: d?.outlet ?? null, quote: s.quote, status: s.status, from: s.from, to: s.to };
  });
  return {
    kind: "event",
    label,
    labelEn: null,
    aliases: [],
    country: null,
    roles: [],
    mentions: ev.sources.length,
    x: 0,
    y: 0,
    size: 1,
    color: STATUS_COLORS[ev.status],
    eventType: ev.type,
    status: ev.status,
    start: ev.start,
    end: ev.end,
    confidence: ev.confidence,
    sources,
  };
}

// What the panel shows about one entity: roles, country, and its events in date order with places, counterparts and sources.
import type { EventStatus, EventType, NodeAttributes, NodeSource } from "@parley/graph/model";
import type { ExplorerModel } from "../graph/model.ts";
import type { Visibility } from "../filters/visibility.ts";

/** A node shown by name: its key and "王毅 Wang Yi". */
export interface NamedNode {
  key: string;
  label: string;
}

/** One of the entity's events. */
export interface DossierEvent {
  key: string;
  type: EventType | null;
  status: EventStatus | null;
  start: string | null;
  end: string | null;
  /** The confidence model's rating (0..1), when graph.json carries it. */
  confidence: number | null;
  /** For sorting: the first day (NaN when undated, sorted last). */
  from: number;
  places: NamedNode[];
  counterparts: NamedNode[];
  sources: NodeSource[];
  /** False when the current filters hide it. */
  visible: boolean;
}

/** The panel's content. */
export interface Dossier {
  key: string;
  label: string;
  kind: string;
  country: string | null;
  roles: string[];
  aliases: string[];
  events: DossierEvent[];
}

function named(model: ExplorerModel, key: string): NamedNode {
  return { key, label: model.labels[model.nodeIndex.get(key)!] ?? key };
}

/** Gathers the dossier of a node; `visibility` marks the events the filters hide. */
export function dossier(model: ExplorerModel, key: string, visibility: Visibility | null): Dossier {
  const { graph } = model;
  const i = model.nodeIndex.get(key)!;
  const a = graph.getNodeAttributes(key) as NodeAttributes;
  const events: DossierEvent[] = [];
  for (const e of model.nodeEvents[i]!) {
    const info = model.events[e]!;
    const visible = visibility ? visibility.events[e] === 1 : true;
    if (!graph.hasNode(info.key)) {
      // Known only from a contact edge: the counterpart is the other end of that edge.
      const counterparts = graph.edges(key).filter((edge) => ((graph.getEdgeAttribute(edge, "events") as string[] | undefined) ?? []).includes(info.key))
        .map((edge) => named(model, graph.opposite(key, edge)));
      events.push({ key: info.key, type: null, status: null, start: null, end: null, confidence: null, from: info.from, places: [], counterparts, sources: [], visible });
      continue;
    }
    const ev = graph.getNodeAttributes(info.key) as NodeAttributes;
    const places: NamedNode[] = [];
    const counterparts: NamedNode[] = [];
    graph.forEachNeighbor(info.key, (n, na) => {
      if (n === key) return;
      if (na.kind === "place") places.push(named(model, n));
      else if (na.kind === "person" || na.kind === "organization") {
        if (graph.someEdge(info.key, n, (_e, ea) => ea.kind === "participates-in")) counterparts.push(named(model, n));
      }
    });
    events.push({
      key: info.key, type: ev.eventType ?? null, status: ev.status ?? null, start: ev.start ?? null, end: ev.end ?? null,
      confidence: ev.confidence ?? null, from: info.from, places, counterparts, sources: ev.sources ?? [], visible,
    });
  }
  events.sort((x, y) => (Number.isNaN(x.from) ? 1 : 0) - (Number.isNaN(y.from) ? 1 : 0) || x.from - y.from || x.key.localeCompare(y.key));
  return { key, label: model.labels[i]!, kind: a.kind, country: a.country, roles: a.roles, aliases: a.aliases, events };
}

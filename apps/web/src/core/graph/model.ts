// The explorer's index over a loaded graph: events as dated records, and which events each node and edge rests on.
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import type { EventStatus, EventType, NodeAttributes } from "@parley/graph/model";
import { spanRange } from "../timeline/dates.ts";
import { degreeSize, displayLabel, nodeColor } from "./style.ts";

/** One event as the filters see it: an event node, or a contact edge's dates when no node exists. */
export interface EventInfo {
  key: string;
  /** Undefined for events known only from a contact edge's dates. */
  type?: EventType;
  status?: EventStatus;
  /** Day numbers; NaN when the event is undated. */
  from: number;
  to: number;
}

/** Everything the views and filters need, computed once per loaded graph. */
export interface ExplorerModel {
  graph: Graph;
  events: EventInfo[];
  /** Node key → position in the arrays below. */
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  nodeKeys: string[];
  edgeKeys: string[];
  /** Per node / edge: indices into `events` it depends on (empty: timeless). */
  nodeEvents: Int32Array[];
  edgeEvents: Int32Array[];
  nodeKind: string[];
  edgeKind: string[];
  /** Node index of each edge's source and target. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  labels: string[];
  colors: string[];
  /** Size in the contact network and in the whole knowledge graph. */
  sizeContact: Float32Array;
  sizeAll: Float32Array;
}

const EMPTY = new Int32Array(0);

/** Per node, the distinct events it rests on: its own (event nodes) or those of its edges, in first-seen order. */
function groupIncidences(nodeKeys: string[], eventOf: Map<string, number>, incNode: number[], incEvent: number[], eventCount: number, one: (e: number) => Int32Array): Int32Array[] {
  const start = new Int32Array(nodeKeys.length + 1);
  for (let k = 0; k < incNode.length; k++) start[incNode[k]! + 1]!++;
  for (let k = 0; k < nodeKeys.length; k++) start[k + 1]! += start[k]!;
  const flat = new Int32Array(incNode.length);
  const fill = start.slice(0, nodeKeys.length);
  for (let k = 0; k < incNode.length; k++) flat[fill[incNode[k]!]!++] = incEvent[k]!;
  // seen[e] = 1 + the last node that listed event e: dedupes each node's slice in place.
  const seen = new Int32Array(eventCount);
  const out = new Array<Int32Array>(nodeKeys.length);
  for (let v = 0; v < nodeKeys.length; v++) {
    const own = eventOf.get(nodeKeys[v]!);
    if (own !== undefined) {
      out[v] = one(own);
      continue;
    }
    let end = start[v]!;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const e = flat[k]!;
      if (seen[e] !== v + 1) (seen[e] = v + 1), (flat[end++] = e);
    }
    out[v] = end === start[v] ? EMPTY : flat.subarray(start[v]!, end);
  }
  return out;
}

/** Builds the model in O(nodes + edges); the graph's attributes must be normalized first. */
export function buildModel(graph: Graph): ExplorerModel {
  const events: EventInfo[] = [];
  const eventOf = new Map<string, number>();
  const nodeKeys = graph.nodes();
  const edgeKeys = graph.edges();
  const nodeIndex = new Map<string, number>();
  for (let k = 0; k < nodeKeys.length; k++) nodeIndex.set(nodeKeys[k]!, k);
  const edgeIndex = new Map<string, number>();
  for (let k = 0; k < edgeKeys.length; k++) edgeIndex.set(edgeKeys[k]!, k);

  const nodeKind = new Array<string>(nodeKeys.length);
  const labels = new Array<string>(nodeKeys.length);
  const colors = new Array<string>(nodeKeys.length);
  let n = 0;
  graph.forEachNode((key, a) => {
    nodeKind[n] = a.kind;
    labels[n] = displayLabel(a as NodeAttributes);
    colors[n] = nodeColor(a as NodeAttributes);
    if (a.kind === "event") {
      const r = spanRange(a.start, a.end);
      eventOf.set(key, events.length);
      events.push({ key, type: a.eventType, status: a.status, from: r ? r.from : Number.NaN, to: r ? r.to : Number.NaN });
    }
    n++;
  });

  // Edges resting on one event share that event's one-element array (most contact edges do).
  const single: Int32Array[] = [];
  const one = (e: number): Int32Array => (single[e] ??= Int32Array.of(e));
  // (node, event) incidences, collected flat and grouped per node afterwards (no array per node).
  const incNode: number[] = [];
  const incEvent: number[] = [];
  const edgeEvents = new Array<Int32Array>(edgeKeys.length);
  const edgeKind = new Array<string>(edgeKeys.length);
  const contactDegree = new Float32Array(nodeKeys.length);
  const allDegree = new Float32Array(nodeKeys.length);
  const edgeSource = new Int32Array(edgeKeys.length);
  const edgeTarget = new Int32Array(edgeKeys.length);
  const eventFor = (id: string, a: Attributes): number => {
    let e = eventOf.get(id);
    if (e === undefined) {
      // An event id without its node: the edge's own first/last dates stand in for it.
      const r = spanRange(a.first, a.last);
      e = events.length;
      eventOf.set(id, e);
      events.push({ key: id, from: r ? r.from : Number.NaN, to: r ? r.to : Number.NaN });
    }
    return e;
  };
  // forEachEdge hands over attributes and ends at once (no lookups per edge); its order is graph.edges()'s.
  let i = 0;
  graph.forEachEdge((key, a, source, target) => {
    const s = nodeIndex.get(source)!;
    const t = nodeIndex.get(target)!;
    edgeKind[i] = a.kind;
    edgeSource[i] = s;
    edgeTarget[i] = t;
    allDegree[s]! += 1;
    allDegree[t]! += 1;
    if (a.kind === "contact") {
      contactDegree[s]! += 1;
      contactDegree[t]! += 1;
      const list = a.events as string[];
      let ids: Int32Array;
      if (list.length === 1) ids = one(eventFor(list[0]!, a));
      else if (list.length > 1) ids = Int32Array.from(list, (id) => eventFor(id, a));
      else {
        const r = spanRange(a.first, a.last);
        ids = Int32Array.of(events.length);
        events.push({ key: `edge:${key}`, from: r ? r.from : Number.NaN, to: r ? r.to : Number.NaN });
      }
      edgeEvents[i] = ids;
      for (let k = 0; k < ids.length; k++) incNode.push(s, t), incEvent.push(ids[k]!, ids[k]!);
    } else {
      const se = eventOf.get(source);
      const te = eventOf.get(target);
      const e = se ?? te;
      edgeEvents[i] = e === undefined ? EMPTY : one(e);
      if (se !== undefined && te === undefined) incNode.push(t), incEvent.push(se);
      if (te !== undefined && se === undefined) incNode.push(s), incEvent.push(te);
    }
    i++;
  });
  const nodeEvents = groupIncidences(nodeKeys, eventOf, incNode, incEvent, events.length, one);
  const sizeContact = contactDegree.map(degreeSize);
  const sizeAll = allDegree.map(degreeSize);
  return { graph, events, nodeIndex, edgeIndex, nodeKeys, edgeKeys, nodeEvents, edgeEvents, nodeKind, edgeKind, edgeSource, edgeTarget, labels, colors, sizeContact, sizeAll };
}

// The explorer's index over a loaded graph: events as dated records, and which events each node and edge rests on.
import type Graph from "graphology";
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

/** Builds the model in O(nodes + edges); the graph's attributes must be normalized first. */
export function buildModel(graph: Graph): ExplorerModel {
  const events: EventInfo[] = [];
  const eventOf = new Map<string, number>();
  const nodeKeys = graph.nodes();
  const edgeKeys = graph.edges();
  const nodeIndex = new Map<string, number>();
  nodeKeys.forEach((k, i) => nodeIndex.set(k, i));
  const edgeIndex = new Map<string, number>();
  edgeKeys.forEach((k, i) => edgeIndex.set(k, i));

  const nodeKind = new Array<string>(nodeKeys.length);
  const labels = new Array<string>(nodeKeys.length);
  const colors = new Array<string>(nodeKeys.length);
  nodeKeys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key) as NodeAttributes;
    nodeKind[i] = a.kind;
    labels[i] = displayLabel(a);
    colors[i] = nodeColor(a);
    if (a.kind === "event") {
      const r = spanRange(a.start, a.end);
      eventOf.set(key, events.length);
      events.push({ key, type: a.eventType, status: a.status, from: r ? r.from : Number.NaN, to: r ? r.to : Number.NaN });
    }
  });

  const nodeSets: number[][] = nodeKeys.map(() => []);
  const edgeEvents = new Array<Int32Array>(edgeKeys.length);
  const edgeKind = new Array<string>(edgeKeys.length);
  const contactDegree = new Float32Array(nodeKeys.length);
  const allDegree = new Float32Array(nodeKeys.length);
  const edgeSource = new Int32Array(edgeKeys.length);
  const edgeTarget = new Int32Array(edgeKeys.length);
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
      const ids: number[] = [];
      for (const id of a.events as string[]) {
        let e = eventOf.get(id);
        if (e === undefined) {
          // An event id without its node: the edge's own first/last dates stand in for it.
          const r = spanRange(a.first, a.last);
          e = events.length;
          eventOf.set(id, e);
          events.push({ key: id, from: r ? r.from : Number.NaN, to: r ? r.to : Number.NaN });
        }
        ids.push(e);
      }
      if (ids.length === 0) {
        const r = spanRange(a.first, a.last);
        ids.push(events.length);
        events.push({ key: `edge:${key}`, from: r ? r.from : Number.NaN, to: r ? r.to : Number.NaN });
      }
      edgeEvents[i] = Int32Array.from(ids);
      for (const e of ids) nodeSets[s]!.push(e), nodeSets[t]!.push(e);
    } else {
      const se = eventOf.get(source);
      const te = eventOf.get(target);
      const e = se ?? te;
      edgeEvents[i] = e === undefined ? EMPTY : Int32Array.of(e);
      if (se !== undefined && te === undefined) nodeSets[t]!.push(se);
      if (te !== undefined && se === undefined) nodeSets[s]!.push(te);
    }
    i++;
  });
  const nodeEvents = nodeKeys.map((key, i) => {
    const own = eventOf.get(key);
    if (own !== undefined) return Int32Array.of(own);
    const set = nodeSets[i]!;
    return set.length ? Int32Array.from(new Set(set)) : EMPTY;
  });
  const sizeContact = contactDegree.map(degreeSize);
  const sizeAll = allDegree.map(degreeSize);
  return { graph, events, nodeIndex, edgeIndex, nodeKeys, edgeKeys, nodeEvents, edgeEvents, nodeKind, edgeKind, edgeSource, edgeTarget, labels, colors, sizeContact, sizeAll };
}

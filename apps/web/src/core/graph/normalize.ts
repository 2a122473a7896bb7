// Makes any opened graph look like Parley's graph.json: every node and edge gets the contract's attributes.
import type Graph from "graphology";
import type { EdgeKind, NodeKind, NodeSource } from "@parley/graph/model";

const NODE_KINDS = new Set<NodeKind>(["person", "organization", "place", "event", "document"]);
const EDGE_KINDS = new Set<EdgeKind>(["contact", "participates-in", "held-at", "reported-by"]);

/** Reads a list that may arrive as an array, a JSON string (GEXF) or a "a | b" string. */
export function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string" || value === "") return [];
  if (value.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON: fall through to the separator form
    }
  }
  return value.split(/\s*\|\s*/).filter(Boolean);
}

function toSources(value: unknown): NodeSource[] {
  let list: unknown = value;
  if (typeof value === "string" && value.startsWith("[")) {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is NodeSource => typeof s === "object" && s !== null && typeof (s as NodeSource).quote === "string");
}

function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null;
}

/** Fills in missing attributes in place (no copies: this runs on 100k edges before the first frame). */
export function normalizeGraph(graph: Graph): Graph {
  graph.forEachNode((key, a) => {
    if (!NODE_KINDS.has(a.kind as NodeKind)) a.kind = "person";
    if (typeof a.label !== "string" || a.label === "") a.label = str(a.label) ?? key;
    a.labelEn = str(a.labelEn);
    a.country = str(a.country);
    if (!Array.isArray(a.aliases)) a.aliases = toList(a.aliases);
    if (!Array.isArray(a.roles)) a.roles = toList(a.roles);
    if (typeof a.mentions !== "number") a.mentions = Number(a.mentions) || 0;
    if (a.kind === "event") {
      if (!Array.isArray(a.sources)) a.sources = toSources(a.sources);
      a.start = str(a.start);
      a.end = str(a.end);
      a.status = str(a.status) ?? "happened";
      a.eventType = str(a.eventType) ?? "meeting";
    }
  });
  graph.forEachEdge((_key, a, source, target, sa, ta) => {
    if (!EDGE_KINDS.has(a.kind as EdgeKind)) a.kind = sa.kind === "person" && ta.kind === "person" ? "contact" : "participates-in";
    if (typeof a.weight !== "number") a.weight = Number(a.weight) || 1;
    if (a.kind === "contact") {
      if (!Array.isArray(a.events)) a.events = toList(a.events);
      a.first = str(a.first);
      a.last = str(a.last);
    }
  });
  return graph;
}

// Makes any opened graph look like Parley's graph.json: every node and edge gets the contract's attributes.
import type Graph from "graphology";
import type { EdgeKind, NodeKind, NodeSource } from "@parley/graph/model";

const NODE_KINDS = new Set<NodeKind>(["person", "organization", "place", "event", "document"]);
const EDGE_KINDS = new Set<EdgeKind>(["contact", "participates-in", "held-at", "reported-by"]);
const LIST_FIELDS = ["aliases", "roles", "events"] as const;

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

/** Fills in missing attributes in place, so a GEXF from Gephi opens like a Parley graph.json. */
export function normalizeGraph(graph: Graph): Graph {
  graph.updateEachNodeAttributes((key, a) => {
    const kind = NODE_KINDS.has(a.kind as NodeKind) ? (a.kind as NodeKind) : "person";
    const out: Record<string, unknown> = { ...a, kind, label: str(a.label) ?? key, labelEn: str(a.labelEn), country: str(a.country) };
    for (const f of LIST_FIELDS) if (f !== "events") out[f] = toList(a[f]);
    out.mentions = Number(a.mentions) || 0;
    if (kind === "event") {
      out.sources = toSources(a.sources);
      out.start = str(a.start);
      out.end = str(a.end);
      out.status = str(a.status) ?? "happened";
      out.eventType = str(a.eventType) ?? "meeting";
    }
    return out;
  });
  graph.updateEachEdgeAttributes((_key, a, source, target) => {
    const both = graph.getNodeAttribute(source, "kind") === "person" && graph.getNodeAttribute(target, "kind") === "person";
    const kind = EDGE_KINDS.has(a.kind as EdgeKind) ? (a.kind as EdgeKind) : both ? "contact" : "participates-in";
    return { ...a, kind, weight: Number(a.weight) || 1, events: toList(a.events), first: str(a.first), last: str(a.last) };
  });
  return graph;
}

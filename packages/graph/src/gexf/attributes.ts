// The GEXF attribute declarations (data): which graph.json attributes go to GEXF, with their types.
import type { EdgeAttributes, NodeAttributes } from "../model.ts";

/** One declared GEXF attribute and how to read its value from a node or edge. */
export interface GexfAttribute<A> {
  id: string;
  type: "string" | "integer" | "double" | "anyURI";
  value: (attr: A) => string | number | null | undefined;
}

const list = (xs: string[] | undefined) => (xs && xs.length ? xs.join(" | ") : null);

/** Node attributes written to GEXF. */
export const NODE_ATTRIBUTES: GexfAttribute<NodeAttributes>[] = [
  { id: "kind", type: "string", value: (a) => a.kind },
  { id: "labelEn", type: "string", value: (a) => a.labelEn },
  { id: "aliases", type: "string", value: (a) => list(a.aliases) },
  { id: "country", type: "string", value: (a) => a.country },
  { id: "roles", type: "string", value: (a) => list(a.roles) },
  { id: "mentions", type: "integer", value: (a) => a.mentions },
  { id: "eventType", type: "string", value: (a) => a.eventType },
  { id: "status", type: "string", value: (a) => a.status },
  { id: "start", type: "string", value: (a) => a.start },
  { id: "end", type: "string", value: (a) => a.end },
  { id: "confidence", type: "double", value: (a) => a.confidence },
  { id: "url", type: "string", value: (a) => a.url },
  { id: "published", type: "string", value: (a) => a.published },
  { id: "within", type: "string", value: (a) => list(a.within) },
  { id: "quotes", type: "string", value: (a) => (a.sources?.length ? a.sources.map((s) => `${s.outlet ?? s.document}: ${s.quote}`).join("\n") : null) },
];

/** Edge attributes written to GEXF (the weight is GEXF's own `weight`). */
export const EDGE_ATTRIBUTES: GexfAttribute<EdgeAttributes>[] = [
  { id: "kind", type: "string", value: (a) => a.kind },
  { id: "events", type: "string", value: (a) => (a.events?.length ? a.events.join(" ") : null) },
  { id: "first", type: "string", value: (a) => a.first },
  { id: "last", type: "string", value: (a) => a.last },
];

// A streaming GEXF 1.3 writer with dynamics (spells), typed attributes and viz, valid against
// the GEXF 1.3 schemas (the RELAX NG one with viz; the XSD one with `viz: false`).
import type { ParleyGraph } from "../graph/to-graph.ts";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GexfAttribute } from "./attributes.ts";
import { escapeToken, escapeXml } from "./escape.ts";
import { SpellIndex, spellsXml } from "./spells.ts";

/** Options of the GEXF writer. */
export interface GexfOptions {
  /** Write viz:color, viz:size and viz:position (valid against gexf.rng, not gexf.xsd). */
  viz: boolean;
  /** Write spells and mode="dynamic" so Gephi's timeline plays the graph. */
  dynamic: boolean;
  creator: string;
  description: string | null;
  /** meta lastmodifieddate (YYYY-MM-DD); omitted when null so the output is reproducible. */
  lastModified: string | null;
  /** Approximate size of the chunks handed to the sink, in characters. */
  chunkSize: number;
}

/** Default GEXF options. */
export const DEFAULT_GEXF_OPTIONS: GexfOptions = {
  viz: true,
  dynamic: true,
  creator: "parley",
  description: null,
  lastModified: null,
  chunkSize: 1 << 16,
};

/** The GEXF document in chunks; nothing larger than one node or edge is held beyond a chunk. */
export function* gexfChunks(graph: ParleyGraph, options: Partial<GexfOptions> = {}): Generator<string> {
  const opts = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const spells = new SpellIndex(graph);
  let buf = header(opts);
  buf += declarations("node", NODE_ATTRIBUTES) + declarations("edge", EDGE_ATTRIBUTES);
  buf += `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    let s = `      <node id="${escapeXml(node)}" label="${escapeToken(a.label)}">\n`;
    s += attvalues(NODE_ATTRIBUTES, a);
    if (opts.dynamic) s += spellsXml(spells.node(node, a));
    if (opts.viz) s += vizNode(a.color, a.size, a.x, a.y);
    buf += `${s}      </node>\n`;
    if (buf.length >= opts.chunkSize) {
      yield buf;
      buf = "";
    }
  }
  buf += `    </nodes>\n    <edges count="${graph.size}">\n`;
  for (const { edge, attributes: a, source, target, sourceAttributes, undirected } of graph.edgeEntries()) {
    const type = undirected ? "undirected" : "directed";
    let s = `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" type="${type}" weight="${num(a.weight ?? 1)}">\n`;
    s += attvalues(EDGE_ATTRIBUTES, a);
    if (opts.dynamic) s += spells.edgeXml(a, source, target, sourceAttributes.kind);
    buf += `${s}      </edge>\n`;
    if (buf.length >= opts.chunkSize) {
      yield buf;
      buf = "";
    }
  }
  yield `${buf}    </edges>\n  </graph>\n</gexf>\n`;
}

/**
 * Streams GEXF 1.3 into a sink, chunk by chunk.
 * @example writeGexf(graph, (chunk) => parts.push(chunk), { viz: false })
 */
export function writeGexf(graph: ParleyGraph, sink: (chunk: string) => void, options: Partial<GexfOptions> = {}): void {
  for (const chunk of gexfChunks(graph, options)) sink(chunk);
}

/** GEXF 1.3 as one string (for small graphs; use `writeGexf` for large ones). */
export function toGexf(graph: ParleyGraph, options: Partial<GexfOptions> = {}): string {
  const parts: string[] = [];
  writeGexf(graph, (c) => parts.push(c), options);
  return parts.join("");
}

function header(o: GexfOptions): string {
  const ns = o.viz ? ' xmlns:viz="http://gexf.net/1.3/viz"' : "";
  const meta =
    `  <meta${o.lastModified ? ` lastmodifieddate="${escapeXml(o.lastModified)}"` : ""}>\n` +
    `    <creator>${escapeXml(o.creator)}</creator>\n` +
    (o.description ? `    <description>${escapeXml(o.description)}</description>\n` : "") +
    "  </meta>\n";
  const mode = o.dynamic ? ' mode="dynamic" timeformat="date"' : ' mode="static"';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<gexf xmlns="http://gexf.net/1.3"${ns} version="1.3">\n${meta}` +
    `  <graph defaultedgetype="undirected"${mode}>\n`
  );
}

function declarations<A>(cls: "node" | "edge", attrs: GexfAttribute<A>[]): string {
  let s = `    <attributes class="${cls}" mode="static">\n`;
  for (const a of attrs) s += `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>\n`;
  return `${s}    </attributes>\n`;
}

function attvalues<A>(attrs: GexfAttribute<A>[], data: A): string {
  let s = "";
  for (const a of attrs) {
    const v = a.value(data);
    if (v === null || v === undefined || v === "") continue;
    s += `          <attvalue for="${a.id}" value="${typeof v === "number" ? num(v) : escapeXml(v)}"/>\n`;
  }
  return s ? `        <attvalues>\n${s}        </attvalues>\n` : "";
}

function vizNode(color: string, size: number, x: number, y: number): string {
  const [r, g, b] = rgb(color);
  return (
    `        <viz:color r="${r}" g="${g}" b="${b}"/>\n` +
    `        <viz:size value="${num(Math.max(0, size))}"/>\n` +
    `        <viz:position x="${num(x)}" y="${num(y)}" z="0"/>\n`
  );
}

function rgb(color: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [153, 153, 153];
}

function num(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : "0";
}

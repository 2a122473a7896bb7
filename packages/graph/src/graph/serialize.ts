// graph.json in chunks: exactly graphology's `export()` format, written node by node so that a
// graph with millions of edges never becomes one string.
import type { ParleyGraph } from "./to-graph.ts";

/** Yields graph.json (graphology's serialization) in chunks of about `chunkSize` characters. */
export function* graphJsonChunks(graph: ParleyGraph, chunkSize = 1 << 16): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buf = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    buf += `${first ? "" : ","}\n${JSON.stringify({ key: node, attributes })}`;
    first = false;
    if (buf.length >= chunkSize) {
      yield buf;
      buf = "";
    }
  }
  buf += "],\"edges\":[";
  first = true;
  const mixed = graph.type === "mixed";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const e = mixed && undirected ? { key: edge, source, target, attributes, undirected: true } : { key: edge, source, target, attributes };
    buf += `${first ? "" : ","}\n${JSON.stringify(e)}`;
    first = false;
    if (buf.length >= chunkSize) {
      yield buf;
      buf = "";
    }
  }
  yield `${buf}]}\n`;
}

/** graph.json as one string (small graphs). */
export function toGraphJson(graph: ParleyGraph): string {
  let out = "";
  for (const chunk of graphJsonChunks(graph)) out += chunk;
  return out;
}

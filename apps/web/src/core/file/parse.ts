// Turns the text of a graph.json (graphology export) or a GEXF file into a graphology graph.
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";

/** Thrown when a file is neither a graph.json nor a GEXF file, or is broken. */
export class GraphFileError extends Error {
  override name = "GraphFileError";
}

/** What kind of file a text is, judged by its first characters. */
export function sniffFormat(text: string): "json" | "gexf" | "unknown" {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<") && /<gexf[\s>]/.test(head)) return "gexf";
  return "unknown";
}

/** Parses a graph file; rejects with a GraphFileError whose message a user can act on. */
export async function parseGraphText(name: string, text: string): Promise<Graph> {
  const format = sniffFormat(text);
  if (format === "json") return parseJson(name, text);
  if (format === "gexf") return parseXml(name, text);
  throw new GraphFileError(`parley: cannot open ${name}: it is neither a graph.json (graphology export) nor a GEXF file; open the graph.json or graph.gexf that "parley build" wrote`);
}

function parseJson(name: string, text: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new GraphFileError(`parley: cannot open ${name}: broken JSON (${(error as Error).message}); is the file complete?`);
  }
  if (!isSerializedGraph(data)) {
    throw new GraphFileError(`parley: cannot open ${name}: JSON without a "nodes" list is not a graph.json (graphology export); open the graph.json that "parley build" wrote`);
  }
  try {
    return Graph.from(data);
  } catch (error) {
    throw new GraphFileError(`parley: cannot open ${name}: ${(error as Error).message}`);
  }
}

async function parseXml(name: string, text: string): Promise<Graph> {
  // Loaded on demand: the GEXF parser needs the browser's DOMParser and is rarely used.
  const { parse } = await import("graphology-gexf/browser");
  try {
    return parse(Graph, text, { allowUndeclaredAttributes: true });
  } catch (error) {
    throw new GraphFileError(`parley: cannot open ${name}: invalid GEXF (${(error as Error).message})`);
  }
}

function isSerializedGraph(data: unknown): data is SerializedGraph {
  return typeof data === "object" && data !== null && Array.isArray((data as { nodes?: unknown }).nodes);
}

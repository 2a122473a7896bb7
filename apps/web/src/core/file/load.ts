// Fetches the served build's graph.json or reads a file the user picked or dropped.
import type Graph from "graphology";
import { GraphFileError, parseGraphText } from "./parse.ts";

/** Where the served build's graph lives, relative to the page. */
export const DEFAULT_GRAPH_URL = "./data/graph.json";

/** Fetches and parses a graph file from a URL. */
export async function fetchGraph(url: string = DEFAULT_GRAPH_URL): Promise<Graph> {
  let response: Response;
  try {
    // Default cache mode, so the page's <link rel="preload"> of the same URL is reused.
    response = await fetch(url);
  } catch (error) {
    throw new GraphFileError(`parley: cannot fetch ${url}: ${(error as Error).message}; is "parley serve" running?`);
  }
  if (!response.ok) {
    throw new GraphFileError(`parley: cannot fetch ${url}: HTTP ${response.status}; run "parley build <articles> --out <dir>" and serve that directory, or open a graph.json / GEXF file`);
  }
  const text = await response.text();
  performance.mark("parley:fetched");
  return parseGraphText(url, text);
}

/** Reads and parses a File from the file picker or a drop. */
export async function readGraphFile(file: File): Promise<Graph> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    throw new GraphFileError(`parley: cannot read ${file.name}: ${(error as Error).message}`);
  }
  return parseGraphText(file.name, text);
}

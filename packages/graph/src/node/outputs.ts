// Node-only: `parley build`'s outputs (timeline.json, graph.json, graph.gexf) and reading graph.json back.
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import Graph from "graphology";
import type { Extraction } from "@parley/extract/model";
import type { Timeline } from "../model.ts";
import { TimelineBuilder, type TimelineOptions } from "../build/builder.ts";
import { toGraph, type GraphOptions, type ParleyGraph } from "../graph/to-graph.ts";
import { graphJsonChunks } from "../graph/serialize.ts";
import { gexfChunks, type GexfOptions } from "../gexf/writer.ts";
import { writeChunks } from "./write.ts";
import { lexiconPlaceFacts } from "./lexicon.ts";

/** Options of `buildOutputs`. */
export interface OutputOptions {
  timeline: Partial<TimelineOptions>;
  graph: Partial<GraphOptions>;
  gexf: Partial<GexfOptions>;
  /** Files that could not be read, listed in timeline.json. */
  skipped: { path: string; reason: string }[];
  /** User lexicon files (`--lexicon`): their places' `in` add containment to the built-in lexicon's. */
  lexicon: string[];
}

/** Default output options. */
export const DEFAULT_OUTPUT_OPTIONS: OutputOptions = { timeline: {}, graph: {}, gexf: {}, skipped: [], lexicon: [] };

/** What `buildOutputs` wrote. */
export interface Outputs {
  timeline: Timeline;
  graph: ParleyGraph;
  files: { timeline: string; graph: string; gexf: string };
}

/**
 * Resolves, merges and writes timeline.json, graph.json and graph.gexf into `outDir`.
 * @example await buildOutputs(extractions, "out", { skipped })
 */
export async function buildOutputs(
  extractions: Iterable<Extraction> | AsyncIterable<Extraction>,
  outDir: string,
  options: Partial<OutputOptions> = {},
): Promise<Outputs> {
  const opts = { ...DEFAULT_OUTPUT_OPTIONS, ...options };
  // Without containment from the caller, the built-in lexicon's places say what contains what.
  const facts = opts.timeline.within ? null : lexiconPlaceFacts(undefined, opts.lexicon);
  const romanize = opts.timeline.romanize === undefined ? await pinyinRomanizer() : opts.timeline.romanize;
  const builder = new TimelineBuilder({ ...facts, romanize, ...opts.timeline });
  for await (const x of extractions) builder.add(x);
  for (const s of opts.skipped) builder.skip(s.path, s.reason);
  const timeline = builder.timeline();
  const graph = toGraph(timeline, opts.graph);
  await mkdir(outDir, { recursive: true });
  const files = { timeline: join(outDir, "timeline.json"), graph: join(outDir, "graph.json"), gexf: join(outDir, "graph.gexf") };
  await writeChunks(files.timeline, timelineChunks(timeline));
  await writeChunks(files.graph, graphJsonChunks(graph));
  await writeChunks(files.gexf, gexfChunks(graph, opts.gexf));
  return { timeline, graph, files };
}

/** What `writeOutputs` reports (the shape `parley build`'s summary prints). */
export interface WrittenOutputs {
  entities: number;
  events: number;
  /** File names written, relative to the output folder. */
  files: string[];
  outputs: Outputs;
}

/**
 * `buildOutputs` for `parley build`: the same files, reported as counts and file names.
 * @example const written = await writeOutputs(extractions, "out", { skipped });
 */
export async function writeOutputs(
  extractions: Iterable<Extraction> | AsyncIterable<Extraction>,
  outDir: string,
  options: Partial<OutputOptions> = {},
): Promise<WrittenOutputs> {
  const outputs = await buildOutputs(extractions, outDir, options);
  return {
    entities: outputs.timeline.entities.length,
    events: outputs.timeline.events.length,
    files: ["timeline.json", "graph.json", "graph.gexf"],
    outputs,
  };
}

/** Toneless pinyin from pinyin-pro when it is installed (it is, beside @parley/extract), else null. */
export async function pinyinRomanizer(): Promise<((name: string) => string) | null> {
  try {
    const { pinyin } = await import("pinyin-pro");
    return (name) => pinyin(name, { toneType: "none", type: "array" }).join("");
  } catch {
    return null;
  }
}

/** timeline.json in chunks, one entity or event per line. */
export function* timelineChunks(t: Timeline): Generator<string> {
  yield `{"version":${t.version},\n"documents":${JSON.stringify(t.documents, null, 1)},\n"entities":[`;
  for (let i = 0; i < t.entities.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(t.entities[i])}`;
  yield '],\n"events":[';
  for (let i = 0; i < t.events.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(t.events[i])}`;
  yield '],\n"doubtful":[';
  const doubtful = t.doubtful ?? [];
  for (let i = 0; i < doubtful.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(doubtful[i])}`;
  yield `],\n"skipped":${JSON.stringify(t.skipped)}}\n`;
}

/** Writes a graph's GEXF to a file, streaming. */
export async function writeGexfFile(graph: ParleyGraph, path: string, options: Partial<GexfOptions> = {}): Promise<void> {
  await writeChunks(path, gexfChunks(graph, options));
}

/** Writes graph.json to a file, streaming. */
export async function writeGraphJson(graph: ParleyGraph, path: string): Promise<void> {
  await writeChunks(path, graphJsonChunks(graph));
}

/** Reads graph.json back into a graph; the error says how to make one when the file is missing. */
export async function readGraph(path: string): Promise<ParleyGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new Error(`parley: cannot read ${path}: run \`parley build <articles> --out <dir>\` first, or pass --graph FILE`);
  }
  try {
    return Graph.from(JSON.parse(text)) as ParleyGraph;
  } catch (err) {
    throw new Error(`parley: ${path} is not a graph.json written by parley build (${(err as Error).message})`);
  }
}

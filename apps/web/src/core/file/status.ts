// The state of the graph file being opened: a status union, so views never guess.
import type Graph from "graphology";

/** Where a graph came from: the build being served, or a file the user opened. */
export interface GraphSource {
  kind: "build" | "file";
  name: string;
}

/** idle → loading → ready | error, for every graph the explorer opens. */
export type FileState =
  | { status: "idle" }
  | { status: "loading"; source: GraphSource }
  | { status: "ready"; source: GraphSource; graph: Graph }
  | { status: "error"; source: GraphSource | null; message: string };

/** The state before anything was asked for. */
export const IDLE: FileState = { status: "idle" };

// From a freshly opened graph to the explorer's model: fill in attributes, give positions, index events.
import type Graph from "graphology";
import { normalizeGraph } from "./normalize.ts";
import { buildModel, type ExplorerModel } from "./model.ts";
import { ensurePositions } from "../layout/collection.ts";

/** Normalizes the graph in place, places unplaced nodes on a circle, and builds the model. */
export function prepareGraph(graph: Graph): ExplorerModel {
  normalizeGraph(graph);
  ensurePositions(graph);
  return buildModel(graph);
}

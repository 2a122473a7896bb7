// @parley/graph: resolves entities, merges events, builds the graphology graph and its exports.
export type * from "./model.ts";

// @parley/graph/node: file output for Node (streams with backpressure); the rest of the package is browser-safe.
export { buildOutputs, writeOutputs, pinyinRomanizer, type WrittenOutputs, timelineChunks, writeGexfFile, writeGraphJson, readGraph, DEFAULT_OUTPUT_OPTIONS, type OutputOptions, type Outputs } from "./outputs.ts";
export { writeChunks } from "./write.ts";
export { lexiconPlaceFacts } from "./lexicon.ts";

// Graph benchmark (issue 6): builds and exports a synthetic graph of 100k people and 1M contact
// edges (seeded): graph.json and GEXF streamed to files. Prints seconds and peak memory.
// Target: under 60 s and 4 GB. Run: node apps/cli/bin/run-ts.mjs bench/graph.bench.ts [outDir]
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { toGraph } from "@parley/graph";
import { writeGexfFile, writeGraphJson } from "@parley/graph/node";
import { syntheticTimeline } from "@parley/graph/fixtures";

const outDir = process.argv[2] ?? "bench/.corpus/graph";
mkdirSync(outDir, { recursive: true });
const peakMb = () => process.resourceUsage().maxRSS / 1024;
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const t0 = performance.now();
const lap = (label: string, since: number) => console.log(`  ${label.padEnd(12)} ${((performance.now() - since) / 1000).toFixed(1)} s, peak RSS ${peakMb().toFixed(0)} MB`);

// 2-7 participants per event (≈9.3 pairs on average): 110k events give ≈1M distinct contact pairs.
const timeline = syntheticTimeline({ seed: 42, people: 100_000, places: 500, documents: 5000, events: 110_000, minParticipants: 2, maxParticipants: 7 });
lap("timeline", t0);
let t = performance.now();
const graph = toGraph(timeline, { contactStatuses: ["happened", "planned", "possible", "not-happened"] });
const contacts = graph.filterEdges((_, a) => a.kind === "contact").length;
lap("graph", t);
t = performance.now();
const jsonFile = join(outDir, "graph.json");
await writeGraphJson(graph, jsonFile);
lap("graph.json", t);
t = performance.now();
const gexfFile = join(outDir, "graph.gexf");
await writeGexfFile(graph, gexfFile);
lap("graph.gexf", t);
const seconds = (performance.now() - t0) / 1000;
const people = graph.filterNodes((_, a) => a.kind === "person").length;
console.log(
  `graph: ${people} people, ${contacts} contact edges (${graph.order} nodes, ${graph.size} edges); ` +
    `graph.json ${(statSync(jsonFile).size / 1e6).toFixed(0)} MB, graph.gexf ${(statSync(gexfFile).size / 1e6).toFixed(0)} MB; ` +
    `${seconds.toFixed(1)} s wall (${cpuSeconds().toFixed(1)} s CPU), peak RSS ${peakMb().toFixed(0)} MB; target < 60 s and < 4096 MB: ${seconds < 60 && peakMb() < 4096 ? "ok" : "MISSED"}`,
);

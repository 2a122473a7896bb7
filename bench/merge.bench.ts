// Merge benchmark (issue 5): merges 200k synthetic event mentions (seeded) into events and prints
// the time. Target: under 10 s. Run: node apps/cli/bin/run-ts.mjs bench/merge.bench.ts [count]
import { EventMerger, PlaceRelations, toEvent } from "@parley/graph";
import { syntheticMentions } from "@parley/graph/fixtures";

const count = Number(process.argv[2] ?? 200_000);
const { places, inputs } = syntheticMentions({ seed: 42, events: count, people: 5000, places: 200, documents: 20_000, minParticipants: 2, maxParticipants: 4 });
const started = performance.now();
const cpu = process.cpuUsage();
const relations = new PlaceRelations(places);
const merger = new EventMerger(relations);
for (const input of inputs) merger.add(input);
const events = merger.clusters().map((c) => toEvent(c, relations));
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`merge: ${inputs.length} mentions → ${events.length} events in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (${Math.round(inputs.length / seconds)} mentions/s), peak RSS ${peakMb.toFixed(0)} MB; target < 10 s: ${seconds < 10 ? "ok" : "MISSED"}`);

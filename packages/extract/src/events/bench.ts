// Measures extractEvents alone: the seeds' extractions run again and again, in MB of text per CPU second.
//   node apps/cli/bin/run-ts.mjs packages/extract/src/events/bench.ts [rounds]
import { fileURLToPath } from "node:url";
import { loadLexicon } from "../lexicon/index.ts";
import type { Sentence } from "../model.ts";
import { splitSentences } from "../ingest/index.ts";
import { extractEvents } from "./extract.ts";
import { extractFolder, SEEDS_DIR } from "./seeds.ts";

/** Runs extractEvents `rounds` times over every seed; returns MB/s of sentence text. */
export async function benchEvents(rounds: number): Promise<{ mb: number; seconds: number; cpuSeconds: number; mbPerSecond: number; events: number }> {
  const lexicon = loadLexicon();
  const xs = await extractFolder(SEEDS_DIR);
  const inputs = xs.map((x) => ({ x, sentences: x.document.paragraphs.flatMap((p) => splitSentences(p)) as Sentence[] }));
  const chars = inputs.reduce((n, { sentences }) => n + sentences.reduce((m, s) => m + s.text.length, 0), 0);
  let events = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const { x, sentences } of inputs) events += extractEvents(x.document, sentences, x.entities, x.times, { lexicon }).length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = (chars * 3 * rounds) / 1024 / 1024;
  // CPU time, not wall time: the figure should not depend on what else the machine runs.
  return { mb, seconds, cpuSeconds, mbPerSecond: mb / cpuSeconds, events };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchEvents(Number(process.argv[2] ?? 300));
  console.log(
    `events: ${r.mb.toFixed(1)} MB (UTF-8) in ${r.cpuSeconds.toFixed(2)} s CPU (${r.seconds.toFixed(2)} s wall) = ${r.mbPerSecond.toFixed(1)} MB/s, ${r.events} event mentions`,
  );
}

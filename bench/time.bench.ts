// node apps/cli/bin/run-ts.mjs bench/time.bench.ts — findTimes over the seeds, repeated: MB/s.
// Reports MB of source files (comparable with the ingest and extract benchmarks) and of clean text.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Document, Sentence } from "../packages/extract/src/model.ts";
import { readDocument, splitSentences } from "../packages/extract/src/ingest/index.ts";
import { findTimes } from "../packages/extract/src/time/index.ts";

/** Options of the benchmark: how much source text to push through findTimes. */
interface BenchOptions {
  seeds: string;
  /** Source bytes to process in total (the seeds repeated). */
  bytes: number;
}

const DEFAULT_BENCH_OPTIONS: BenchOptions = { seeds: join(import.meta.dirname, "..", "seeds"), bytes: 50 * 1024 * 1024 };
const opts = { ...DEFAULT_BENCH_OPTIONS, bytes: Number(process.env.BENCH_BYTES) || DEFAULT_BENCH_OPTIONS.bytes };

const inputs: { doc: Document; sentences: Sentence[]; sourceBytes: number; textBytes: number }[] = [];
for (const name of readdirSync(opts.seeds).filter((f) => !f.startsWith(".")).sort()) {
  const path = join(opts.seeds, name);
  const { document: doc } = await readDocument(path);
  const textBytes = doc.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  inputs.push({ doc, sentences: doc.paragraphs.flatMap((p) => splitSentences(p)), sourceBytes: statSync(path).size, textBytes });
}
if (inputs.length === 0) throw new Error(`parley bench: no readable seed articles in ${opts.seeds}`);

// Warm up the regex compiler and the JIT.
for (let i = 0; i < 20; i++) for (const { doc, sentences } of inputs) findTimes(doc, sentences);

let source = 0;
let text = 0;
let times = 0;
let documents = 0;
const started = performance.now();
const cpuStarted = process.cpuUsage();
while (source < opts.bytes) {
  for (const { doc, sentences, sourceBytes, textBytes } of inputs) {
    times += findTimes(doc, sentences).times.length;
    source += sourceBytes;
    text += textBytes;
    documents++;
  }
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// CPU seconds too: on a loaded machine wall time also counts the time spent waiting for a core.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = (b: number): number => b / 1024 / 1024;
console.log(
  `findTimes: ${documents} documents, ${times} time expressions in ${seconds.toFixed(2)} s = ` +
    `${(mb(source) / seconds).toFixed(1)} MB/s of source files, ${(mb(text) / seconds).toFixed(1)} MB/s of clean text; ` +
    `per CPU second (${cpuSeconds.toFixed(2)} s): ${(mb(source) / cpuSeconds).toFixed(1)} MB/s of source, ${(mb(text) / cpuSeconds).toFixed(1)} MB/s of clean text`,
);

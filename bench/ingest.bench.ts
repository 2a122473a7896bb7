// npm run bench:ingest — loadDocuments over the ~50 MB corpus: documents, MB/s and peak memory.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadDocuments } from "../packages/extract/src/ingest/index.ts";
import { ensureCorpus } from "./corpus.ts";

/** Peak resident memory in MB (VmHWM on Linux, current RSS elsewhere). */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

const corpus = await ensureCorpus();
const started = performance.now();
const cpuStarted = process.cpuUsage();
let documents = 0;
let skipped = 0;
for await (const result of loadDocuments([corpus])) {
  if (result.kind === "skipped") {
    skipped++;
    continue;
  }
  documents++;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// CPU seconds (user + system) of this process: a figure that other load on the machine does not skew
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// bytes read: every file of the corpus (the hidden marker file is not read)
const bytes = readdirSync(corpus)
  .filter((f) => !f.startsWith("."))
  .reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
const mb = bytes / 1024 / 1024;
console.log(
  `ingest: ${documents} documents, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s, peak RSS ${peakRssMb().toFixed(0)} MB` +
    ` (CPU ${cpuSeconds.toFixed(2)} s = ${(mb / cpuSeconds).toFixed(1)} MB per CPU-second)` +
    (skipped ? ` (${skipped} skipped)` : ""),
);

// npm run bench:extract — the whole `parley build` on the ~50 MB corpus: MB/s and peak memory.
// Also runs the entity benchmark (entity extraction beside raw nodejieba.tag) when it exists.
import { mkdtempSync, statSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCorpus } from "./corpus.ts";
import { peakRssMb } from "./peak.ts";
import { runBuild } from "../apps/cli/src/commands/build.ts";

const corpus = await ensureCorpus();
const bytes = readdirSync(corpus).reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
const out = mkdtempSync(join(tmpdir(), "parley-bench-"));
const t0 = performance.now();
const code = await runBuild([corpus, "--out", out, "--quiet"]);
const s = (performance.now() - t0) / 1000;
console.log(
  `build: ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(1)} s = ${(bytes / 1e6 / s).toFixed(2)} MB/s, ` +
    `peak RSS ${peakRssMb().toFixed(0)} MB, exit ${code}`,
);

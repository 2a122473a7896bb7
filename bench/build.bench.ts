// One whole `parley build` over the seeds repeated to --mb MB: MB/s and peak memory of this process.
//
//   node apps/cli/bin/run-ts.mjs bench/build.bench.ts [--mb 50]
import { mkdtempSync, statSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCorpus, DEFAULT_CORPUS_OPTIONS } from "./corpus.ts";
import { peakRssMb } from "./peak.ts";
import { runBuild } from "../apps/cli/src/commands/build.ts";

const args = process.argv.slice(2);
const mb = Number(args.includes("--mb") ? args[args.indexOf("--mb") + 1] : 50);
const dir = mb === 50 ? DEFAULT_CORPUS_OPTIONS.dir : `${DEFAULT_CORPUS_OPTIONS.dir}-${mb}`;
const corpus = await ensureCorpus({ bytes: mb * 1024 * 1024, dir });
const files = readdirSync(corpus).filter((f) => !f.startsWith("."));
const bytes = files.reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
const out = mkdtempSync(join(tmpdir(), "parley-bench-"));

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const code = await runBuild([corpus, "--out", out, "--quiet"]);
const s = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
const outMb = readdirSync(out).reduce((n, f) => n + statSync(join(out, f)).size, 0) / 1e6;
rmSync(out, { recursive: true, force: true });
console.log(
  `build ${mb} MB: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(1)} s = ${(bytes / 1e6 / s).toFixed(2)} MB/s ` +
    `(${(bytes / 1e6 / cpuS).toFixed(2)} MB per CPU-second), peak RSS ${peakRssMb().toFixed(0)} MB, outputs ${outMb.toFixed(1)} MB, exit ${code}`,
);

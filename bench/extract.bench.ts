// npm run bench:extract — entity extraction beside raw nodejieba.tag, then the whole `parley build`
// on the seeds repeated to 25 and 50 MB (each in its own process, so each peak memory is its own):
// memory should grow with the graph (sources, mentions), not with the text read.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runTs = fileURLToPath(new URL("../apps/cli/bin/run-ts.mjs", import.meta.url));
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const run = (file: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [runTs, here(file), ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
};

run("./extract-entities.bench.ts");
run("./build.bench.ts", "--mb", "25");
run("./build.bench.ts", "--mb", "50");

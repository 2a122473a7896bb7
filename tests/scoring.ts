// Shared by the cross-package tests: run the parley CLI; build a folder and score it with the shared scorer.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The parley command, run with this Node. */
export const BIN = fileURLToPath(new URL("../apps/cli/bin/parley.mjs", import.meta.url));

/** The shared scorer: ../shared sits beside the repository, in CI as on a developer's machine. */
export const SCORER = fileURLToPath(new URL("../../shared/eval/score.mjs", import.meta.url));

/** The shared hand annotation of the seeds. */
export const SEEDS_GOLD = fileURLToPath(new URL("../../shared/eval/seeds.gold.json", import.meta.url));

/** True when the scorer is there; scored tests skip with a message otherwise. */
export const HAVE_SCORER = existsSync(SCORER);

/** The figures `score.mjs --json` prints. */
export interface Score {
  events: {
    predicted: number;
    ignoredOptional: number;
    matched: number;
    required: number;
    precision: number;
    recall: number;
    f1: number;
    duplicates: number;
    negationErrors: number;
  };
  attributes: { dateExact: string; place: string; status: string; sources: string };
  people: { precision: number; recall: number; f1: number; conflated: number };
  documents: { metadata: string };
}

/** A build and its score. `cleanup()` removes the output folder. */
export interface ScoredBuild {
  out: string;
  build: SpawnSyncReturns<string>;
  score: Score;
  cleanup(): void;
}

/** Runs `parley CMD ARGS` and returns what it printed and its exit code. */
export function parley(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 170_000 });
}

/** Builds `inputs` into a temporary folder and scores its timeline.json against `gold`. */
export function scoreBuild(inputs: string[], gold: string): ScoredBuild {
  const out = mkdtempSync(join(tmpdir(), "parley-scored-"));
  const build = parley("build", ...inputs, "--out", out, "--quiet");
  const r = spawnSync(process.execPath, [SCORER, "--gold", gold, "--pred", join(out, "timeline.json"), "--json"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`score.mjs failed on ${inputs.join(" ")}: ${r.stderr}\n${build.stderr}`);
  return { out, build, score: JSON.parse(r.stdout) as Score, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/** "18/20" → [18, 20]. */
export function ratio(s: string): [number, number] {
  const [a, b] = s.split("/").map(Number);
  return [a ?? NaN, b ?? NaN];
}

/** A right/total figure as a share (1 when nothing was checked). */
export function share(s: string): number {
  const [a, b] = ratio(s);
  return b ? a / b : 1;
}

// Held-out dev set: builds tests/dev with the CLI and scores it against tests/dev/dev.gold.json.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../apps/cli/bin/parley.mjs", import.meta.url));
const DEV = fileURLToPath(new URL("./dev", import.meta.url));
const GOLD = join(DEV, "dev.gold.json");
// ../shared sits beside the repository (in CI as on the shared machine).
const SCORE = fileURLToPath(new URL("../../shared/eval/score.mjs", import.meta.url));
const HAVE_SCORER = existsSync(SCORE);
if (!HAVE_SCORER) console.warn(`parley dev set: skipped, the scorer ${SCORE} is absent (it lives in ../shared/eval beside the repo)`);

/** Floors a little under the figures measured when the dev set was written; a drop below them is a regression. */
const FLOORS = { peopleF1: 0.95, eventsF1: 0.58, eventsRecall: 0.6 };

/** The figures `score.mjs --json` prints. */
interface Score {
  events: { predicted: number; matched: number; required: number; precision: number; recall: number; f1: number; duplicates: number; negationErrors: number };
  attributes: { dateExact: string; place: string; status: string; sources: string };
  people: { precision: number; recall: number; f1: number; conflated: number };
  documents: { metadata: string };
}

const ratio = (s: string): [number, number] => {
  const [a, b] = s.split("/").map(Number);
  return [a ?? NaN, b ?? NaN];
};

describe.skipIf(!HAVE_SCORER)("dev set (10 unseen articles, both scripts, five feed formats)", () => {
  let score: Score;
  let out: string;
  let build: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "parley-dev-"));
    build = spawnSync(process.execPath, [BIN, "build", DEV, "--out", out, "--quiet"], { encoding: "utf8", timeout: 170_000 });
    const r = spawnSync(process.execPath, [SCORE, "--gold", GOLD, "--pred", join(out, "timeline.json"), "--json"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`parley dev set: score.mjs failed: ${r.stderr}`);
    score = JSON.parse(r.stdout) as Score;
    return () => rmSync(out, { recursive: true, force: true });
  });

  it("should build every article without skipping one", () => {
    expect(build.status, String(build.stderr)).toBe(0);
    const timeline = JSON.parse(readFileSync(join(out, "timeline.json"), "utf8")) as { documents: unknown[] };
    expect(timeline.documents).toHaveLength(10);
  });

  it("should get every document's title and publication date right", () => {
    const [right, checked] = ratio(score.documents.metadata);
    expect(checked).toBe(20);
    expect(right).toBe(checked);
  });

  it("should find the people each article names", () => {
    expect(score.people.f1).toBeGreaterThanOrEqual(FLOORS.peopleF1);
    expect(score.people.conflated).toBe(0);
  });

  it("should find and merge the diplomatic contacts", () => {
    expect(score.events.f1).toBeGreaterThanOrEqual(FLOORS.eventsF1);
    expect(score.events.recall).toBeGreaterThanOrEqual(FLOORS.eventsRecall);
  });
});

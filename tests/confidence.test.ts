// The event confidence model end to end: `parley build` rates every event, holds back the ones under the
// model's threshold as "doubtful" (in timeline.json, out of the graph), keeps them all with
// --min-confidence 0, and the trainer's labels agree with the shared scorer (bench/confidence/label.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Timeline } from "@parley/graph";
import { DEFAULT_CONFIDENCE_MODEL } from "@parley/graph";
import { labelEvents, type Gold } from "./labels.ts";
import { HAVE_SCORER, SCORER, parley } from "./scoring.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
/** A tuned set with undated articles, recalls and plans: some of its events are rated low. */
const SET = "fresh12";
const dir = mkdtempSync(join(tmpdir(), "parley-confidence-"));
const read = (name: string): Timeline => JSON.parse(readFileSync(join(dir, name, "timeline.json"), "utf8")) as Timeline;

beforeAll(() => {
  for (const [name, extra] of [["default", []], ["all", ["--min-confidence", "0"]]] as const) {
    const r = parley("build", here(SET), "--out", join(dir, name), "--quiet", ...extra);
    if (r.status !== 0) throw new Error(r.stderr);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley build's confidence", () => {
  it("should hold back the events under the model's threshold, and keep them as doubtful", () => {
    const kept = read("default");
    const all = read("all");
    expect(all.doubtful).toEqual([]);
    expect(kept.doubtful!.length).toBeGreaterThan(0);
    expect(kept.events.every((e) => e.confidence >= DEFAULT_CONFIDENCE_MODEL.threshold)).toBe(true);
    expect(kept.doubtful!.every((e) => e.confidence < DEFAULT_CONFIDENCE_MODEL.threshold)).toBe(true);
    const ids = (t: Timeline) => [...t.events, ...(t.doubtful ?? [])].map((e) => e.id).sort();
    expect(ids(kept)).toEqual(ids(all));
  });

  it("should leave the doubtful events out of the graph", () => {
    const graph = JSON.parse(readFileSync(join(dir, "default", "graph.json"), "utf8")) as { nodes: { key: string }[] };
    const keys = new Set(graph.nodes.map((n) => n.key));
    const kept = read("default");
    expect(kept.events.every((e) => keys.has(e.id))).toBe(true);
    expect(kept.doubtful!.some((e) => keys.has(e.id))).toBe(false);
  });

  it("should refuse a floor outside 0..1 with exit 2", () => {
    const r = parley("build", here(SET), "--out", join(dir, "bad"), "--min-confidence", "2");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--min-confidence wants a number from 0 to 1/);
  });

  it.skipIf(!HAVE_SCORER)("should label events as the shared scorer matches them", () => {
    const goldPath = here(`${SET}/${SET}.gold.json`);
    const all = read("all");
    const outcomes = labelEvents({ entities: all.entities, events: all.events }, JSON.parse(readFileSync(goldPath, "utf8")) as Gold);
    const r = spawnSync(process.execPath, [SCORER, "--gold", goldPath, "--pred", join(dir, "all", "timeline.json"), "--json"], { encoding: "utf8" });
    const e = JSON.parse(r.stdout).events as { matched: number; duplicates: number; negationErrors: number };
    expect(outcomes.filter((o) => o === "matched")).toHaveLength(e.matched);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(e.duplicates);
    expect(outcomes.filter((o) => o === "negation-error")).toHaveLength(e.negationErrors);
  });
});

import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { buildOutputs, readGraph, writeOutputs } from "./outputs.ts";
import { DIPLOMACY } from "../fixtures/index.ts";

describe("buildOutputs", () => {
  it("should write timeline.json, graph.json and graph.gexf", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-out-"));
    const out = await buildOutputs(DIPLOMACY, dir, { skipped: [{ path: "x.bin", reason: "binary" }] });
    const timeline = JSON.parse(readFileSync(out.files.timeline, "utf8"));
    expect(timeline.events).toHaveLength(out.timeline.events.length);
    expect(timeline.skipped).toEqual([{ path: "x.bin", reason: "binary" }]);
    expect(timeline).toEqual(JSON.parse(JSON.stringify(out.timeline)));
    const graph = await readGraph(out.files.graph);
    expect(graph).toBeInstanceOf(Graph);
    expect(graph.order).toBe(out.graph.order);
    expect(readFileSync(out.files.gexf, "utf8")).toMatch(/^<\?xml/);
  });

  it("should say how to make graph.json when it is missing", async () => {
    await expect(readGraph("/nonexistent/graph.json")).rejects.toThrow(/parley: cannot read \/nonexistent\/graph.json: run `parley build/);
  });
});

describe("writeOutputs", () => {
  it("should report counts and file names for parley build", async () => {
    const w = await writeOutputs(DIPLOMACY, mkdtempSync(join(tmpdir(), "parley-out-")));
    expect(w.files).toEqual(["timeline.json", "graph.json", "graph.gexf"]);
    expect(w.events).toBe(w.outputs.timeline.events.length);
  });
});

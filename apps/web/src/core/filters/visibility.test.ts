// Filters decide visibility through the events that nodes and edges rest on.
import { describe, expect, it } from "vitest";
import { buildModel } from "../graph/model.ts";
import { sampleGraph } from "../graph/sample.ts";
import { computeVisibility } from "./visibility.ts";
import { filterState } from "./state.ts";
import { parseDay } from "../timeline/dates.ts";

const model = buildModel(sampleGraph());
const visible = (kind: "nodes" | "edges", key: string, state = filterState()): boolean => {
  const v = computeVisibility(model, state);
  return v[kind][(kind === "nodes" ? model.nodeIndex : model.edgeIndex).get(key)!] === 1;
};
const september = { from: parseDay("2023-09-01"), to: parseDay("2023-09-30") };

describe("filters/visibility", () => {
  it("should show every person and contact edge when nothing is filtered", () => {
    const v = computeVisibility(model, filterState());
    expect(v.visibleNodes).toBe(3);
    expect(v.visibleEdges).toBe(2);
  });

  it.each([
    ["contact:sullivan-wang", true],
    ["contact:blinken-wang", false],
  ])("should show %s in September 2023: %s", (edge, shown) => {
    expect(visible("edges", edge, filterState({ range: september }))).toBe(shown);
  });

  it("should hide people whose events all fall outside the range", () => {
    expect(visible("nodes", "person:antony-blinken", filterState({ range: september }))).toBe(false);
    expect(visible("nodes", "person:wang-yi", filterState({ range: september }))).toBe(true);
  });

  it("should keep an edge whose event is known only by its dates", () => {
    const november = { from: parseDay("2023-11-01"), to: parseDay("2023-11-30") };
    expect(visible("edges", "contact:sullivan-wang", filterState({ range: november }))).toBe(true);
  });

  it("should show events, places and their links in the knowledge view", () => {
    const state = filterState({ view: "knowledge", range: september });
    expect(visible("nodes", "event:malta", state)).toBe(true);
    expect(visible("nodes", "event:washington", state)).toBe(false);
    expect(visible("nodes", "place:malta", state)).toBe(true);
    expect(visible("edges", "contact:sullivan-wang", state)).toBe(false);
  });

  it("should hide happened events when that status is switched off", () => {
    const state = filterState({ hiddenStatuses: new Set(["happened"]) });
    expect(visible("edges", "contact:blinken-wang", state)).toBe(false);
    // The edge-only event has no status, so it passes.
    expect(visible("edges", "contact:sullivan-wang", state)).toBe(true);
  });
});

// The panel's content: events in date order with place, counterparts and quotes.
import { describe, expect, it } from "vitest";
import { buildModel } from "../graph/model.ts";
import { sampleGraph } from "../graph/sample.ts";
import { computeVisibility } from "../filters/visibility.ts";
import { filterState } from "../filters/state.ts";
import { parseDay } from "../timeline/dates.ts";
import { dossier } from "./dossier.ts";

const model = buildModel(sampleGraph());

describe("selection/dossier", () => {
  it("should list 布林肯's meeting with 王毅 in Washington with its quote", () => {
    const d = dossier(model, "person:antony-blinken", null);
    expect(d.label).toBe("布林肯 Antony Blinken");
    expect(d.country).toBe("US");
    expect(d.events).toHaveLength(1);
    const [e] = d.events;
    expect(e!.start).toBe("2023-10-26");
    expect(e!.places.map((p) => p.label)).toEqual(["华盛顿 Washington"]);
    expect(e!.counterparts.map((p) => p.label)).toEqual(["王毅 Wang Yi"]);
    expect(e!.sources[0]!.quote).toBe("布林肯在华盛顿接待王毅。");
  });

  it("should order 王毅's events by first day (the edge-only call starts with the edge, 2023-09-16)", () => {
    const d = dossier(model, "person:wang-yi", null);
    expect(d.events.map((e) => e.key)).toEqual(["event:malta", "event:unseen-call", "event:washington"]);
    expect(d.events[1]!.counterparts.map((p) => p.label)).toEqual(["沙利文 Jake Sullivan"]);
  });

  it("should mark events outside the filters", () => {
    const vis = computeVisibility(model, filterState({ range: { from: parseDay("2023-09-01"), to: parseDay("2023-09-30") } }));
    expect(dossier(model, "person:wang-yi", vis).events.map((e) => e.visible)).toEqual([true, true, false]);
  });
});

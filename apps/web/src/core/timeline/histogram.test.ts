// Events per month and the play button's windows.
import { describe, expect, it } from "vitest";
import { buildModel } from "../graph/model.ts";
import { sampleGraph } from "../graph/sample.ts";
import { formatDay } from "./dates.ts";
import { firstWindow, histogram, nextWindow } from "./histogram.ts";

describe("timeline/histogram", () => {
  const h = histogram(buildModel(sampleGraph()).events)!;

  it("should count one bar per month from the first event to the last", () => {
    expect(h.bins.map((b) => [formatDay(b.from), b.count])).toEqual([["2023-09-01", 2], ["2023-10-01", 1], ["2023-11-01", 0]]);
  });

  it("should span the edge-only call to the edge's last day", () => {
    // The call's dates are the edge's first..last (2023-09-16..2023-11-30): counted in September, the domain reaches November.
    expect(formatDay(h.domain.to)).toBe("2023-11-30");
  });

  it("should sweep month by month and stop after the end", () => {
    const w = firstWindow(h.domain, null);
    expect([formatDay(w.from), formatDay(w.to)]).toEqual(["2023-09-01", "2023-09-30"]);
    const n = nextWindow(w, h.domain)!;
    expect(formatDay(n.from)).toBe("2023-10-01");
    expect(nextWindow({ from: h.bins[2]!.from, to: h.bins[2]!.to }, h.domain)).toBeNull();
  });

  it("should return null without dated events", () => {
    expect(histogram([])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { toTimeline } from "../build/builder.ts";
import { extraction, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import { DEFAULT_CONFIDENCE_MODEL, rate, type ConfidenceModel } from "./model.ts";

const WANG = "person:wang-yi";
const BLINKEN = "person:antony-blinken";
const SULLIVAN = "person:jake-sullivan";
const ENTITIES: EntitySpec[] = [
  { id: WANG, name: "王毅", country: "CN" },
  { id: BLINKEN, name: "布林肯", country: "US" },
  { id: SULLIVAN, name: "沙利文", country: "US" },
];
const EVENTS: EventSpec[] = [
  { type: "meeting", participants: [WANG, BLINKEN], from: "2023-10-26", to: "2023-10-26", precision: "day", quote: "王毅26日在华盛顿与布林肯会谈。", trigger: "会谈" },
  { type: "call", participants: [WANG, SULLIVAN], from: "2023-10-20", to: "2023-10-20", precision: "day", quote: "王毅20日与沙利文通电话。", trigger: "通电话" },
];
/** Calls score low, meetings high. */
const MODEL: ConfidenceModel = { weights: { bias: 1, "type:call": -3 }, threshold: 0.5, trainedOn: "a test" };

describe("rate", () => {
  it("should be the logistic of the weighted features", () => {
    expect(rate(new Map([["bias", 1]]), { ...MODEL, weights: { bias: 0 } })).toBe(0.5);
    expect(rate(new Map([["bias", 1], ["type:call", 1]]), MODEL)).toBeCloseTo(1 / (1 + Math.exp(2)));
    expect(rate(new Map([["unknown", 5]]), MODEL)).toBe(0.5);
  });
});

describe("the timeline's confidence", () => {
  it("should rate every event and keep them all by default", async () => {
    const t = await toTimeline([extraction({ id: "a", published: "2023-10-27", entities: ENTITIES, events: EVENTS })], { confidenceModel: MODEL });
    expect(t.events.map((e) => [e.type, e.confidence])).toEqual([
      ["call", 0.12],
      ["meeting", 0.73],
    ]);
    expect(t.doubtful).toEqual([]);
  });

  it("should hold back the events rated under minConfidence as doubtful", async () => {
    const t = await toTimeline([extraction({ id: "a", published: "2023-10-27", entities: ENTITIES, events: EVENTS })], { confidenceModel: MODEL, minConfidence: 0.5 });
    expect(t.events.map((e) => e.type)).toEqual(["meeting"]);
    expect(t.doubtful!.map((e) => e.type)).toEqual(["call"]);
  });

  it("should ship a trained model with a threshold inside 0..1", () => {
    expect(Object.keys(DEFAULT_CONFIDENCE_MODEL.weights).length).toBeGreaterThan(50);
    expect(DEFAULT_CONFIDENCE_MODEL.threshold).toBeGreaterThan(0);
    expect(DEFAULT_CONFIDENCE_MODEL.threshold).toBeLessThan(1);
  });
});

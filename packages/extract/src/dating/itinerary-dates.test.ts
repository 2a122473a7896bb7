// Tests of giving a leg the text names again without a date the dated itinerary's days.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";

const lexicon = loadLexicon();

/** The dates of the visits to `place` (an entity id) of a text of paragraphs published on `published`. */
function legDates(paragraphs: string[], published: string, place: string): string[] {
  const doc = makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), published);
  return extractDocument(doc, { lexicon })
    .events.filter((e) => e.type === "visit" && e.place === place)
    .map((e) => `${e.from ?? "?"}..${e.to ?? "?"} ${e.status}`);
}

describe("dating itinerary-dates", () => {
  it.each([
    // a leg named again as a plan takes the planned itinerary's days
    [["外交部宣布，王毅将于1月5日至11日访问纳米比亚、乍得和尼日利亚。", "王毅随后将前往乍得。"], "place:chad"],
    [["外交部宣佈，王毅將於1月5日至11日訪問納米比亞、乍得和尼日利亞。", "王毅隨後將前往乍得。"], "place:chad"],
    [["王毅将于1月5日至11日访问纳米比亚和尼日利亚。", "王毅最后将访问尼日利亚。"], "place:nigeria"],
    [["王毅將於1月5日至11日訪問納米比亞和尼日利亞。", "王毅最後將訪問尼日利亞。"], "place:nigeria"],
    [["布林肯将于1月21日至26日访问佛得角、科特迪瓦和尼日利亚。", "布林肯还将前往尼日利亚。"], "place:nigeria"],
    [["布林肯將於1月21日至26日訪問維德角、象牙海岸和奈及利亞。", "布林肯還將前往奈及利亞。"], "place:nigeria"],
  ])("should give the leg named again in %j the itinerary's days", (paragraphs, place) => {
    const dates = legDates(paragraphs, "2025-01-03", place);
    expect(dates.length).toBeGreaterThan(1);
    expect(new Set(dates).size).toBe(1);
    expect(dates[0]).toMatch(/^2025-01-\d\d\.\.2025-01-\d\d planned$/);
  });

  it.each([
    // a plan is not dated by a visit told as done, nor by two trips that disagree
    [["王毅去年1月访问了尼日利亚。", "王毅将再访尼日利亚。"], "place:nigeria", ["2024-01-01..2024-01-31 happened", "?..? planned"]],
    [["王毅去年1月訪問了尼日利亞。", "王毅將再訪尼日利亞。"], "place:nigeria", ["2024-01-01..2024-01-31 happened", "?..? planned"]],
    [["王毅将于1月5日访问乍得。", "王毅将于3月9日再次访问乍得。", "王毅随后将前往乍得。"], "place:chad", ["2025-01-05..2025-01-05 planned", "2025-03-09..2025-03-09 planned", "?..? planned"]],
    [["王毅將於1月5日訪問乍得。", "王毅將於3月9日再次訪問乍得。", "王毅隨後將前往乍得。"], "place:chad", ["2025-01-05..2025-01-05 planned", "2025-03-09..2025-03-09 planned", "?..? planned"]],
  ])("should leave the leg of %j undated", (paragraphs, place, want) => {
    expect(legDates(paragraphs, "2025-01-03", place)).toEqual(want);
  });
});

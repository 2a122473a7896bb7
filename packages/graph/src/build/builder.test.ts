import { describe, expect, it } from "vitest";
import { TimelineBuilder, toTimeline } from "./builder.ts";
import { DIPLOMACY, DOC_A, DOC_B } from "../fixtures/index.ts";

describe("toTimeline", () => {
  it("should follow the timeline contract", async () => {
    const t = await toTimeline(DIPLOMACY);
    expect(t.version).toBe(1);
    expect(t.documents.map((d) => [d.id, d.published])).toEqual([
      ["a-rfi", "2023-10-05"],
      ["b-dw", "2023-10-28"],
      ["c-et", "2023-10-26"],
      ["d-undated", null],
    ]);
    for (const e of t.entities) expect(Object.keys(e)).toEqual(expect.arrayContaining(["id", "type", "name", "aliases", "documents"]));
    for (const e of t.events) {
      expect(e.start === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.start)).toBe(true);
      expect(e.sources.every((s) => typeof s.document === "string" && s.quote.length > 0)).toBe(true);
    }
  });

  it("should produce one event per real-world event", async () => {
    const t = await toTimeline(DIPLOMACY);
    const summary = t.events.map((e) => `${e.type} ${e.participants.join("+")} ${e.start ?? "-"} ${e.status}`);
    expect(summary).toEqual([
      "visit person:雷蒙多 2023-08 happened",
      "visit person:wang-yi 2023-09 not-happened",
      "meeting person:jake-sullivan+person:wang-yi 2023-09-16 happened",
      "meeting person:gavin-newsom+person:xi-jinping 2023-10-25 happened",
      "meeting person:antony-blinken+person:wang-yi 2023-10-26 happened",
      "visit person:wang-yi 2023-10-26 happened",
      "meeting person:jake-sullivan+person:wang-yi 2023-10-27 happened",
      "meeting person:antony-blinken+person:joe-biden+person:wang-yi 2023-10-27 happened",
      "meeting person:joe-biden+person:xi-jinping 2023-11 planned",
    ]);
    const visit = t.events.find((e) => e.type === "visit" && e.start === "2023-10-26")!;
    expect(visit.sources.map((s) => s.document).sort()).toEqual(["a-rfi", "b-dw", "c-et", "d-undated"]);
    expect(visit.statusConflict).toEqual(["planned", "happened"]);
  });

  it("should be independent of document order and stable across runs", async () => {
    const a = await toTimeline(DIPLOMACY);
    const b = await toTimeline([...DIPLOMACY].reverse());
    expect(b.events.map((e) => e.id).sort()).toEqual(a.events.map((e) => e.id).sort());
  });

  it("should take async iterables and keep no paragraphs", async () => {
    async function* stream() {
      yield DOC_A;
      yield DOC_B;
    }
    const t = await toTimeline(stream());
    expect(t.documents).toHaveLength(2);
    expect(JSON.stringify(t)).not.toContain("paragraphs");
  });

  it("should list skipped files", () => {
    const t = new TimelineBuilder().add(DOC_A).skip("bad.bin", "not UTF-8 or GB18030 text").timeline();
    expect(t.skipped).toEqual([{ path: "bad.bin", reason: "not UTF-8 or GB18030 text" }]);
  });
});

import { describe, expect, it } from "vitest";
import type { EventSource, EventStatus, TimelineEvent } from "../model.ts";
import { dateFromDocuments } from "./undated.ts";
import { toTimeline } from "../build/builder.ts";
import { extraction } from "../fixtures/make.ts";

const source = (documentDate: string | null, status: EventStatus): EventSource => ({
  document: `doc-${documentDate}`,
  quote: "王毅在马耳他与沙利文进行了为期两天的讨论。",
  paragraph: 0,
  start: 0,
  end: 10,
  from: null,
  to: null,
  status,
  trigger: "讨论",
  rule: "test",
  documentDate,
});

const event = (status: EventStatus, dates: (string | null)[], start: string | null = null): TimelineEvent => ({
  id: "event:test",
  type: "meeting",
  participants: ["person:wang-yi", "person:jake-sullivan"],
  place: null,
  start,
  end: start,
  precision: start ? "day" : null,
  status,
  sources: dates.map((d) => source(d, status)),
  confidence: 0.5,
});

describe("dateFromDocuments", () => {
  it.each([
    ["happened", ["2023-09-28"], "2023-08-29", "2023-09-28"],
    ["planned", ["2023-10-05"], "2023-10-05", "2023-11-04"],
    ["possible", ["2023-10-05", "2023-10-26"], "2023-10-05", "2023-11-25"],
    ["not-happened", ["2023-09-28"], "2023-08-29", "2023-10-28"],
  ] as const)("should give an undated %s event the window around its articles %j", (status, dates, start, end) => {
    const [e] = dateFromDocuments([event(status, [...dates])]);
    expect(e).toMatchObject({ start, end, precision: null, datedBy: "documents" });
  });

  it("should leave events the text dates alone, and events without a dated article undated", () => {
    const dated = event("happened", ["2023-09-28"], "2023-09-16");
    const orphan = event("happened", [null]);
    dateFromDocuments([dated, orphan]);
    expect(dated).toMatchObject({ start: "2023-09-16", precision: "day" });
    expect(dated.datedBy).toBeUndefined();
    expect(orphan.start).toBeNull();
  });
});

describe("undated mentions and summaries", () => {
  const kim = { id: "person:kim-jong-un", name: "金正恩", nameEn: "Kim Jong Un", country: "KP" };
  const xi = { id: "person:xi-jinping", name: "习近平", nameEn: "Xi Jinping", country: "CN" };

  it("should not join an undated headline to an event spanning months", async () => {
    const summary = extraction({
      id: "a",
      published: "2019-06-19",
      entities: [kim, xi],
      events: [
        { type: "meeting", participants: [kim.id, xi.id], from: "2018-03-01", to: "2019-06-19", precision: "month", quote: "金正恩自去年3月以来已四度访华与习近平会晤。" },
      ],
    });
    const headline = extraction({
      id: "b",
      published: "2019-06-20",
      entities: [kim, xi],
      events: [{ type: "meeting", participants: [xi.id, kim.id], quote: "习近平访平壤 与金正恩会谈" }],
    });
    const t = await toTimeline([summary, headline]);
    expect(t.events).toHaveLength(2);
    const fromHeadline = t.events.find((e) => e.sources.some((s) => s.document === "b"))!;
    expect(fromHeadline.sources.map((s) => s.document)).toEqual(["b"]);
    expect(fromHeadline.datedBy).toBe("documents");
  });
});

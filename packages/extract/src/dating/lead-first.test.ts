// Tests of how an article with no dateline orders its candidates (headline and lead first) and keeps a dated month's width.
import { describe, expect, it } from "vitest";
import type { DocEntity, EventMention, Extraction, Precision } from "../model.ts";
import { makeDocument } from "../time/fixtures.ts";
import { candidateDates } from "./candidates.ts";
import { DatedEvents } from "./dated-events.ts";

/** A known person. */
function person(id: string, name: string): DocEntity {
  return { id, type: "person", name, nameEn: null, aliases: [name], country: null, roles: [], known: true, mentions: [] };
}

/** An event of a kind, participants, days and paragraph. */
function event(type: EventMention["type"], participants: string[], from: string | null, paragraph = 0, to = from, precision: Precision | null = from ? "day" : null): EventMention {
  return { id: "e", document: "d", type, participants, place: null, from, to, precision, status: "happened", trigger: "会见", quote: "", paragraph, start: 0, end: 0, rule: "test" };
}

const TRUMP = person("person:donald-trump", "特朗普");
const MODI = person("person:narendra-modi", "莫迪");
const ABE = person("person:shinzo-abe", "安倍晋三");

/** An extraction of the events, dated `dateline` (null: undated and no date inferred). */
function extraction(events: EventMention[], published: string | null): Extraction {
  const document = makeDocument(["。"], published);
  document.dateline = published ? { date: published, inferred: false, basis: "test" } : null;
  return { document, entities: [TRUMP, MODI, ABE], times: [], events };
}

describe("dating lead-first", () => {
  it.each([
    // the lead's contact (paragraph 0) is dated later than a recalled one (paragraph 3), and earlier than another
    { name: "a later lead", lead: "2020-02-24", recalled: "2019-09-22", want: ["2020-02-24", "2020-02-25", "2019-09-22", "2019-09-23"] },
    { name: "an earlier lead", lead: "2017-11-06", recalled: "2018-09-12", want: ["2017-11-06", "2017-11-07", "2018-09-12", "2018-09-13"] },
  ])("should put the headline's and lead's contacts first when votes tie: $name", ({ lead, recalled, want }) => {
    const index = new DatedEvents();
    index.add(extraction([event("meeting", [TRUMP.id, MODI.id], lead)], lead));
    index.add(extraction([event("meeting", [ABE.id, MODI.id], recalled)], recalled));
    const base = extraction([event("meeting", [ABE.id, MODI.id], null, 3), event("meeting", [TRUMP.id, MODI.id], null, 0)], null);
    expect(candidateDates(base, index, { floor: null, ceiling: null }).map((c) => c.date)).toEqual(want);
  });

  it("should mark the middle of a month another article dates a contact by with that month", () => {
    const index = new DatedEvents();
    index.add(extraction([event("visit", [TRUMP.id], "2020-02-01", 0, "2020-02-29", "month")], "2020-03-05"));
    const base = extraction([event("visit", [TRUMP.id], null)], null);
    expect(candidateDates(base, index, { floor: null, ceiling: null })).toEqual([{ date: "2020-02-15", votes: 1, span: { lo: "2020-02-01", hi: "2020-02-29" } }]);
  });

  it("should keep the old order for an article that has a dateline", () => {
    const index = new DatedEvents();
    index.add(extraction([event("meeting", [TRUMP.id, MODI.id], "2024-10-23")], "2024-10-24"));
    const base = extraction([event("meeting", [TRUMP.id, MODI.id], "2021-10-23")], null);
    base.document.dateline = { date: "2021-10-24", inferred: true, basis: "test" };
    expect(candidateDates(base, index, { floor: null, ceiling: null }).map((c) => c.date)).toEqual(["2024-10-24"]);
  });
});

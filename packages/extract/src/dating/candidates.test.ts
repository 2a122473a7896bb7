// Tests of the dated-event index and the candidate datelines it proposes for an undated article.
import { describe, expect, it } from "vitest";
import type { DocEntity, EventMention, Extraction, Precision } from "../model.ts";
import { toSimplified } from "../ingest/index.ts";
import { makeDocument } from "../time/fixtures.ts";
import { addDays } from "../time/calendar.ts";
import { candidateDates, plusMonths } from "./candidates.ts";
import { DatedEvents, eventKey, locatedSpan } from "./dated-events.ts";

/** A person entity; `known` ones come from the lexicon. */
function person(id: string, name: string, known = true): DocEntity {
  return { id, type: "person", name, nameEn: null, aliases: [name], country: null, roles: [], known, mentions: [] };
}

/** An event of the given kind, participants and days. */
function event(type: EventMention["type"], participants: string[], from: string | null, to = from, precision: Precision | null = from ? "day" : null): EventMention {
  return { id: "e", document: "d", type, participants, place: null, from, to, precision, status: "happened", trigger: "会见", quote: "", paragraph: 0, start: 0, end: 0, rule: "test" };
}

const XI = person("person:xi-jinping", "习近平");
const MODI = person("person:narendra-modi", "莫迪");
const GUEST = person("local:a:阿卜杜拉", "阿卜杜拉", false);
const GUEST_ELSEWHERE = person("local:b:阿卜杜拉", "阿卜杜拉", false);

/** An extraction of the events, dated `dateline` (null: undated and no date inferred). */
function extraction(events: EventMention[], published: string | null, dateline: string | null = published): Extraction {
  const document = makeDocument(["。"], published);
  document.dateline = dateline ? { date: dateline, inferred: !published, basis: "test" } : null;
  return { document, entities: [XI, MODI, GUEST, GUEST_ELSEWHERE], times: [], events };
}

describe("dating candidates", () => {
  it.each([
    ["2024-02-29", 12, "2025-02-28"],
    ["2019-10-23", 60, "2024-10-23"],
    ["2023-02-17", 26, "2025-04-17"],
    ["2025-01-31", -2, "2024-11-30"],
  ])("should move %s by %i months to %s", (iso, k, want) => {
    expect(plusMonths(iso, k)).toBe(want);
  });

  it("should add days across a month", () => {
    expect(addDays("2017-10-31", 1)).toBe("2017-11-01");
  });

  it("should key events by kind and participants, local people by name", () => {
    const byId = new Map([XI, MODI, GUEST].map((e) => [e.id, e]));
    expect(eventKey(event("meeting", [MODI.id, XI.id], null), byId)).toBe("meeting|person:narendra-modi|person:xi-jinping");
    expect(eventKey(event("meeting", [XI.id, GUEST.id], null), byId)).toBe("meeting|name:阿卜杜拉|person:xi-jinping");
    expect(eventKey(event("visit", [], null), byId)).toBeNull();
    expect(locatedSpan(event("visit", [XI.id], "2024-01-01", "2024-12-31", "year"))).toBeNull();
  });

  it("should propose the month shift that keeps an event's day of month", () => {
    const index = new DatedEvents();
    index.add(extraction([event("meeting", [XI.id, MODI.id], "2024-10-23")], "2024-10-24"));
    const base = extraction([event("meeting", [XI.id, MODI.id], "2019-10-23")], null, "2019-10-24");
    expect(candidateDates(base, index, { floor: null, ceiling: null })).toEqual([{ date: "2024-10-24", votes: 1 }]);
    expect(candidateDates(base, index, { floor: null, ceiling: 2023 })).toEqual([]);
  });

  it("should match a local person by name across articles, and not a day of another month's day", () => {
    const index = new DatedEvents();
    index.add(extraction([event("meeting", [XI.id, GUEST_ELSEWHERE.id], "2023-12-05")], "2023-12-06"));
    const same = extraction([event("meeting", [XI.id, GUEST.id], "2021-12-05")], null, "2021-12-06");
    const other = extraction([event("meeting", [XI.id, GUEST.id], "2021-12-07")], null, "2021-12-08");
    expect(candidateDates(same, index, { floor: null, ceiling: null }).map((c) => c.date)).toEqual(["2023-12-06"]);
    expect(candidateDates(other, index, { floor: null, ceiling: null })).toEqual([]);
  });

  it("should give an article with no dateline the dated days and the day after", () => {
    const index = new DatedEvents();
    index.add(extraction([event("call", [XI.id, MODI.id], "2022-03-18")], "2022-03-19"));
    const base = extraction([event("call", [XI.id, MODI.id], null)], null);
    expect(candidateDates(base, index, { floor: null, ceiling: null }).map((c) => c.date)).toEqual(["2022-03-18", "2022-03-19"]);
  });

  it.each([
    ["习近平周三（10月23日）会见莫迪。", ["2024-10-24"]],
    ["習近平週三（10月23日）會見莫迪。", ["2024-10-24"]],
    ["习近平周四（10月23日）会见莫迪。", []],
    ["習近平星期四（10月23日）會見莫迪。", []],
  ])("should drop a candidate under which the written weekday falls elsewhere: %s", (text, want) => {
    const index = new DatedEvents();
    index.add(extraction([event("meeting", [XI.id, MODI.id], "2024-10-23")], "2024-10-24"));
    const base = extraction([event("meeting", [XI.id, MODI.id], "2018-10-23")], null, "2018-10-24");
    base.document.paragraphs[0] = { ...base.document.paragraphs[0]!, text, simplified: toSimplified(text) };
    expect(candidateDates(base, index, { floor: null, ceiling: null }).map((c) => c.date)).toEqual(want);
  });
});

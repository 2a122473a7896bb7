import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { toGraph, documentKey } from "./to-graph.ts";
import { graphJsonChunks, toGraphJson } from "./serialize.ts";
import { iterationsFor } from "./layout.ts";
import { toTimeline } from "../build/builder.ts";
import { DIPLOMACY } from "../fixtures/index.ts";

const timeline = await toTimeline(DIPLOMACY);

describe("toGraph", () => {
  const graph = toGraph(timeline);

  it("should hold people, places, events and documents with `kind`, never `type`", () => {
    const kinds = new Set(graph.mapNodes((_, a) => a.kind));
    expect([...kinds].sort()).toEqual(["document", "event", "person", "place"]);
    graph.forEachNode((_, a) => expect(a).not.toHaveProperty("type"));
  });

  it("should link events to participants, places and documents", () => {
    const id = timeline.events.find((e) => e.start === "2023-10-27" && e.participants.length === 3)!.id;
    expect(graph.inNeighbors(id).sort()).toEqual(["person:antony-blinken", "person:joe-biden", "person:wang-yi"]);
    expect(graph.outNeighbors(id)).toEqual(expect.arrayContaining(["place:white-house", documentKey("b-dw"), documentKey("c-et")]));
    const sources = graph.getNodeAttribute(id, "sources")!;
    expect(sources.map((s) => s.outlet).sort()).toEqual(["DW", "Epoch Times"]);
    expect(sources[0]!.quote.length).toBeGreaterThan(0);
  });

  it("should weight contacts by shared events with their ids and dates", () => {
    const edge = graph.undirectedEdge("person:jake-sullivan", "person:wang-yi")!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ kind: "contact", weight: 2, first: "2023-09-16", last: "2023-10-27" });
    expect(graph.getEdgeAttribute(edge, "events")).toHaveLength(2);
  });

  it("should make no contact from an event that did not happen", () => {
    graph.forEachEdge((_, a) => {
      if (a.kind === "contact") for (const id of a.events ?? []) expect(graph.getNodeAttribute(id, "status")).not.toBe("not-happened");
    });
  });

  it("should color by country, size by degree and lay out deterministically", () => {
    expect(graph.getNodeAttribute("person:wang-yi", "color")).toBe("#d62728");
    expect(graph.getNodeAttribute("person:wang-yi", "size")).toBeGreaterThan(graph.getNodeAttribute("person:gavin-newsom", "size"));
    const again = toGraph(timeline);
    expect(again.getNodeAttribute("person:wang-yi", "x")).toBe(graph.getNodeAttribute("person:wang-yi", "x"));
    expect(Number.isFinite(graph.getNodeAttribute("person:wang-yi", "y"))).toBe(true);
  });

  it("should shrink the layout for large graphs", () => {
    expect(iterationsFor(500, 200)).toBe(200);
    expect(iterationsFor(40_000, 200)).toBe(5);
  });
});

describe("graph.json", () => {
  const graph = toGraph(timeline);

  it("should stream exactly graphology's export", () => {
    expect(JSON.parse(toGraphJson(graph))).toEqual(JSON.parse(JSON.stringify(graph.export())));
    expect([...graphJsonChunks(graph, 100)].length).toBeGreaterThan(10);
  });

  it("should round-trip through Graph.from", () => {
    const back = Graph.from(JSON.parse(toGraphJson(graph)));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.type).toBe("mixed");
    expect(back.getNodeAttributes("person:wang-yi")).toEqual(graph.getNodeAttributes("person:wang-yi"));
  });
});

// A small graph in graph.json's shape (王毅, 布林肯, 沙利文 and their 2023 meetings), for unit tests.
import Graph from "graphology";
import type { EdgeAttributes, NodeAttributes } from "@parley/graph/model";

const base = { aliases: [], roles: [], mentions: 1, x: 0, y: 0, size: 1, color: "#999", country: null, labelEn: null };

/** Builds the sample: three people, two places, three meetings (one without its event node). */
export function sampleGraph(): Graph<NodeAttributes, EdgeAttributes> {
  const g = new Graph<NodeAttributes, EdgeAttributes>({ type: "mixed" });
  const person = (key: string, label: string, labelEn: string, country: string, aliases: string[], x: number): void =>
    void g.addNode(key, { ...base, kind: "person", label, labelEn, country, aliases, roles: [`${label}的职务`], x, y: x % 3 });
  person("person:wang-yi", "王毅", "Wang Yi", "CN", ["王毅", "Wang Yi"], 0);
  person("person:antony-blinken", "布林肯", "Antony Blinken", "US", ["布林肯", "安東尼‧布林肯", "Antony Blinken"], 1);
  person("person:jake-sullivan", "沙利文", "Jake Sullivan", "US", ["沙利文", "蘇利文", "Jake Sullivan"], 2);
  g.addNode("place:washington", { ...base, kind: "place", label: "华盛顿", labelEn: "Washington", x: 3, y: 1 });
  g.addNode("place:malta", { ...base, kind: "place", label: "马耳他", labelEn: "Malta", x: 4, y: 2 });
  const event = (key: string, start: string, end: string, place: string, people: string[], quote: string, status: "happened" | "planned"): void => {
    g.addNode(key, { ...base, kind: "event", label: key, eventType: "meeting", status, start, end, x: 5, y: 0,
      sources: [{ document: "doc:1", title: "<b>标题</b>", url: "https://example.com/a", outlet: "RFI", quote, status, from: start, to: end }] });
    g.addDirectedEdge(key, place, { kind: "held-at", weight: 1 });
    for (const p of people) g.addDirectedEdge(p, key, { kind: "participates-in", weight: 1 });
  };
  event("event:malta", "2023-09-16", "2023-09-17", "place:malta", ["person:wang-yi", "person:jake-sullivan"], "9月16日至17日，王毅与沙利文在马耳他会谈。", "happened");
  event("event:washington", "2023-10-26", "2023-10-26", "place:washington", ["person:wang-yi", "person:antony-blinken"], "布林肯在华盛顿接待王毅。", "happened");
  g.addUndirectedEdgeWithKey("contact:blinken-wang", "person:antony-blinken", "person:wang-yi", { kind: "contact", weight: 1, events: ["event:washington"], first: "2023-10-26", last: "2023-10-26" });
  // 王毅–沙利文: Malta has a node; the November call is known only from the edge's dates.
  g.addUndirectedEdgeWithKey("contact:sullivan-wang", "person:jake-sullivan", "person:wang-yi", { kind: "contact", weight: 2, events: ["event:malta", "event:unseen-call"], first: "2023-09-16", last: "2023-11-30" });
  return g;
}

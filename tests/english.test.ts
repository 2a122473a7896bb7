// Cross-package: the Chinese seeds and the English fixtures built together give one graph, one event per real event.
import { beforeAll, describe, expect, it } from "vitest";
import { loadDocuments, loadLexicon, type Document, type Extraction } from "@parley/extract";
import { extractDocument } from "../packages/extract/src/pipeline.ts";
import { toGraph, toTimeline, type Timeline, type TimelineEvent } from "@parley/graph";

const SEEDS = new URL("../seeds", import.meta.url).pathname;
const FIXTURES = new URL("./fixtures/english", import.meta.url).pathname;

/** A one-paragraph-per-string document, as ingest would build it. */
function doc(id: string, lang: Document["lang"], paragraphs: string[], published: string): Document {
  return {
    id, path: `${id}.md`, format: "markdown", encoding: "utf-8", title: null, url: null, outlet: null, author: null, published, dateline: null,
    lang, script: lang === "en" ? "latin" : "simplified",
    paragraphs: paragraphs.map((text, index) => ({ index, kind: "text", text, simplified: text, sourceStart: 0, sourceEnd: text.length, map: { text: [0], source: [0] } })),
  };
}

let timeline: Timeline;
let english: Set<string>;

const isEnglish = (doc: string): boolean => english.has(doc);
const meetings = (a: string, b: string): TimelineEvent[] =>
  timeline.events.filter((e) => e.type === "meeting" && e.participants.includes(a) && e.participants.includes(b));

beforeAll(async () => {
  const lexicon = loadLexicon();
  const extractions: Extraction[] = [];
  for await (const r of loadDocuments([SEEDS, FIXTURES])) {
    if (r.kind === "document") extractions.push(extractDocument(r.document, { lexicon }));
  }
  english = new Set(extractions.filter((x) => x.document.lang === "en").map((x) => x.document.id));
  timeline = await toTimeline(extractions);
}, 120_000);

describe("english articles in the graph", () => {
  it("should read the fixtures as English and the seeds as Chinese", () => {
    expect(english.size).toBe(5);
    expect(timeline.documents.length).toBe(10);
  });

  it("should make the 2023-10-26 Wang Yi–Blinken meeting one event with sources in both languages", () => {
    const found = meetings("person:wang-yi", "person:antony-blinken").filter((e) => e.start === "2023-10-26");
    expect(found).toHaveLength(1);
    const [event] = found;
    expect(event!.place).toBe("place:washington");
    expect(event!.status).toBe("happened");
    const docs = new Set(event!.sources.map((s) => s.document));
    expect([...docs].some(isEnglish)).toBe(true);
    expect([...docs].some((d) => !isEnglish(d))).toBe(true);
  });

  it("should report no second Wang Yi–Blinken meeting on another day in October 2023", () => {
    const october = meetings("person:wang-yi", "person:antony-blinken").filter((e) => e.start?.startsWith("2023-10"));
    expect(october.map((e) => e.start)).toEqual(["2023-10-26"]);
  });

  it("should merge the Malta talks of September 16-17 across languages", () => {
    const malta = meetings("person:wang-yi", "person:jake-sullivan").filter((e) => e.start === "2023-09-16");
    expect(malta).toHaveLength(1);
    expect(malta[0]!.end).toBe("2023-09-17");
    expect(malta[0]!.sources.some((s) => isEnglish(s.document))).toBe(true);
    expect(malta[0]!.sources.some((s) => !isEnglish(s.document))).toBe(true);
  });

  it("should keep Xi's San Francisco visit planned for November 2023, with English and Chinese sources", () => {
    const visits = timeline.events.filter((e) => e.type === "visit" && e.participants.includes("person:xi-jinping") && e.place === "place:san-francisco");
    expect(visits).toHaveLength(1);
    expect([visits[0]!.start, visits[0]!.status]).toEqual(["2023-11", "planned"]);
    expect(visits[0]!.sources.some((s) => isEnglish(s.document))).toBe(true);
  });

  it("should resolve English and Chinese names of a person to one entity", () => {
    const blinken = timeline.entities.find((e) => e.id === "person:antony-blinken");
    expect(blinken?.aliases).toEqual(expect.arrayContaining(["Antony J. Blinken", "安东尼·布林肯"]));
    expect(blinken?.documents.some(isEnglish)).toBe(true);
    expect(blinken?.documents.some((d) => !isEnglish(d))).toBe(true);
    expect(timeline.entities.filter((e) => e.nameEn === "Sun Weidong")).toHaveLength(1);
  });

  it("should give one contact edge between Wang Yi and Blinken in the graph", () => {
    const graph = toGraph(timeline);
    const edges = new Set([...graph.edges("person:wang-yi", "person:antony-blinken"), ...graph.edges("person:antony-blinken", "person:wang-yi")]);
    const contacts = [...edges].filter((e) => graph.getEdgeAttribute(e, "kind") === "contact");
    expect(contacts).toHaveLength(1);
  });

  it("should join a person outside the lexicon by the English name a Chinese article gives in parentheses", async () => {
    const lexicon = loadLexicon();
    const zh = doc("zh-lambert", "zh", ["美国国务院副助理国务卿林默（Mark Lambert）周一在北京与中国外交部副部长孙卫东会晤。"], "2023-10-24");
    const en = doc("en-lambert", "en", ["Deputy Assistant Secretary of State Mark Lambert met Vice Foreign Minister Sun Weidong in Beijing on Monday.", "Lambert said the talks were constructive."], "2023-10-24");
    const t = await toTimeline([extractDocument(zh, { lexicon }), extractDocument(en, { lexicon })]);
    const lambert = t.entities.filter((e) => e.nameEn === "Mark Lambert");
    expect(lambert).toHaveLength(1);
    expect(lambert[0]!.aliases).toEqual(expect.arrayContaining(["林默"]));
    const meeting = t.events.filter((e) => e.type === "meeting" && e.participants.includes(lambert[0]!.id));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]!.sources.map((s) => s.document).sort()).toEqual(["en-lambert", "zh-lambert"]);
  });
});

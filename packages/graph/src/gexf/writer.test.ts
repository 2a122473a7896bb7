import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "graphology-gexf";
import Graph from "graphology";
import { toGexf, writeGexf } from "./writer.ts";
import { escapeXml } from "./escape.ts";
import { spellsOf } from "./spells.ts";
import { toGraph } from "../graph/to-graph.ts";
import { toTimeline } from "../build/builder.ts";
import { DIPLOMACY, extraction, KNOWN } from "../fixtures/index.ts";
import { intervalOf } from "../time/days.ts";

const XMLLINT = "/usr/bin/xmllint";
const SCHEMAS = fileURLToPath(new URL("../../../../../shared/gexf-1.3/", import.meta.url));
const hasXmllint = existsSync(XMLLINT) && existsSync(join(SCHEMAS, "gexf.rng"));
if (!hasXmllint) console.warn(`skipping xmllint validation: ${XMLLINT} or ${SCHEMAS} missing (apt-get install -y libxml2-utils)`);

const NASTY = extraction({
  id: "nasty",
  title: "A & B <script> \"quoted\" 'single'\u0001",
  published: "2023-10-30",
  entities: [KNOWN.wang, { id: "local:n", name: "约翰·R&D<史密斯>\"'\u0007", nameEn: "John R&D \"Smith\"" }],
  events: [{ type: "meeting", participants: ["person:wang-yi", "local:n"], from: "2023-10-30", quote: "王毅会见了\u0002约翰 & <史密斯>。" }],
});

const timeline = await toTimeline([...DIPLOMACY, NASTY]);
const graph = toGraph(timeline);
const dir = mkdtempSync(join(tmpdir(), "parley-gexf-"));

function xmllint(args: string[], file: string): { ok: boolean; out: string } {
  const r = spawnSync(XMLLINT, ["--noout", ...args, file], { encoding: "utf8" });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

describe("escapeXml", () => {
  it.each([
    ['A & "B"', "A &amp; &quot;B&quot;"],
    ["<王毅>", "&lt;王毅&gt;"],
    ["it's", "it&apos;s"],
    ["a\u0001b\u001fc\ufffe", "abc"],
    ["行一\n行二", "行一&#10;行二"],
    ["\ud83d\ude00 ok \ud800", "\ud83d\ude00 ok "],
  ])("should escape %j", (input, want) => {
    expect(escapeXml(input)).toBe(want);
  });
});

describe("spellsOf", () => {
  it("should merge overlapping intervals and give none for undated", () => {
    expect(spellsOf([intervalOf("2023-10-26"), intervalOf("2023-10-27"), intervalOf("2023-09")])).toEqual([
      { start: "2023-09-01", end: "2023-09-30" },
      { start: "2023-10-26", end: "2023-10-27" },
    ]);
    expect(spellsOf([intervalOf("2023-10-26"), null])).toEqual([]);
  });
});

describe("writeGexf", () => {
  it("should stream in chunks that join to toGexf", () => {
    const chunks: string[] = [];
    writeGexf(graph, (c) => chunks.push(c), { chunkSize: 512 });
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join("")).toBe(toGexf(graph));
  });

  it("should write GEXF 1.3 with dynamics and viz", () => {
    const xml = toGexf(graph);
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(xml).toContain('<spell start="2023-10-26" end="2023-10-28"/>');
    expect(xml).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(xml).not.toMatch(/[\u0001\u0002\u0007]/);
  });

  it.skipIf(!hasXmllint)("should validate against gexf.rng with viz", () => {
    const file = join(dir, "viz.gexf");
    writeFileSync(file, toGexf(graph));
    const r = xmllint(["--relaxng", join(SCHEMAS, "gexf.rng")], file);
    expect(r.out).toContain("validates");
    expect(r.ok).toBe(true);
  });

  it.skipIf(!hasXmllint)("should validate against gexf.xsd without viz", () => {
    const file = join(dir, "plain.gexf");
    writeFileSync(file, toGexf(graph, { viz: false }));
    const r = xmllint(["--schema", join(SCHEMAS, "gexf.xsd")], file);
    expect(r.out).toContain("validates");
    expect(r.ok).toBe(true);
  });

  it.skipIf(!hasXmllint)("should validate a static graph too", () => {
    const file = join(dir, "static.gexf");
    writeFileSync(file, toGexf(graph, { viz: false, dynamic: false, description: "a & b", lastModified: "2026-01-01" }));
    expect(xmllint(["--schema", join(SCHEMAS, "gexf.xsd")], file).ok).toBe(true);
    expect(execFileSync(XMLLINT, ["--xpath", "count(//*[local-name()='spell'])", file], { encoding: "utf8" }).trim()).toBe("0");
  });

  it("should parse back with graphology-gexf: same nodes, edges and labels", () => {
    const back = parse(Graph, toGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((node, a) => {
      expect(back.hasNode(node)).toBe(true);
      expect(back.getNodeAttribute(node, "label")).toBe(a.label.replace(/[\u0000-\u001f]/g, "").replace(/\s+/g, " ").trim());
    });
    graph.forEachEdge((edge, _a, s, t) => {
      expect(back.hasEdge(edge)).toBe(true);
      expect([back.source(edge), back.target(edge)]).toEqual([s, t]);
    });
    expect(back.getNodeAttribute("person:wang-yi", "kind")).toBe("person");
    expect(back.getNodeAttribute("person:wang-yi", "mentions")).toBe(graph.getNodeAttribute("person:wang-yi", "mentions"));
  });
});

// `parley build seeds` as a user runs it, then its three outputs checked the way their readers use them:
// timeline.json by the contract, graph.json by graphology, graph.gexf by xmllint and graphology-gexf,
// and `parley query` on the result.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parley } from "./scoring.ts";

const SCHEMAS = fileURLToPath(new URL("../../shared/gexf-1.3", import.meta.url));
const HAVE_XMLLINT = spawnSync("xmllint", ["--version"]).status === 0;

describe("parley build seeds", () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "parley-seeds-"));
    const r = parley("build", fileURLToPath(new URL("../seeds", import.meta.url)), "--out", out);
    if (r.status !== 0) throw new Error(`parley build seeds failed: ${r.stderr}`);
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("should write a timeline with documents, entities and sourced events", () => {
    const t = JSON.parse(readFileSync(join(out, "timeline.json"), "utf8"));
    expect(t.documents).toHaveLength(5);
    const wang = t.entities.find((e: { id: string }) => e.id === "person:wang-yi");
    expect(wang).toMatchObject({ type: "person", name: "王毅", nameEn: "Wang Yi", country: "CN" });
    for (const ev of t.events) {
      expect(ev.sources.length).toBeGreaterThan(0);
      for (const s of ev.sources) expect(t.documents.some((d: { id: string }) => d.id === s.document)).toBe(true);
    }
  });

  it("should write graph.json that graphology reads back whole", () => {
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const graph = Graph.from(json);
    expect(graph.order).toBe(json.nodes.length);
    expect(graph.size).toBe(json.edges.length);
    expect(graph.getNodeAttribute("person:antony-blinken", "labelEn")).toBe("Antony Blinken");
    expect(graph.someEdge((_e, a) => a.kind === "contact")).toBe(true);
  });

  it.skipIf(!HAVE_XMLLINT || !existsSync(SCHEMAS))("should write GEXF 1.3 that validates against the schema", () => {
    const r = spawnSync("xmllint", ["--noout", "--relaxng", join(SCHEMAS, "gexf.rng"), join(out, "graph.gexf")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });

  it("should write GEXF with spells that graphology-gexf parses into the same graph", () => {
    const xml = readFileSync(join(out, "graph.gexf"), "utf8");
    expect(xml).toMatch(/<spell start="2023-10-26"/);
    const gexf = parseGexf(Graph, xml);
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    expect(gexf.order).toBe(json.nodes.length);
    expect(gexf.size).toBe(json.edges.length);
    expect(gexf.getNodeAttribute("person:wang-yi", "label")).toBe("王毅");
  });

  it("should answer `parley query contacts 王毅` with Blinken, Sullivan and Biden", () => {
    const r = parley("query", "contacts", "王毅", "--graph", join(out, "graph.json"), "--json");
    expect(r.status, r.stderr).toBe(0);
    const names = (JSON.parse(r.stdout) as { labelEn: string }[]).map((c) => c.labelEn);
    expect(names).toEqual(expect.arrayContaining(["Antony Blinken", "Jake Sullivan", "Joe Biden"]));
  });

  it("should find the 2023-10-26 meeting by any script and refuse an unknown name with suggestions", () => {
    const r = parley("query", "events", "--with", "Antony Blinken", "--from", "2023-10-01", "--graph", join(out, "graph.json"), "--json");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2023-10-26/);
    const partial = parley("query", "contacts", "布林克", "--graph", join(out, "graph.json"));
    expect(partial.stdout).toMatch(/^康达 \(Daniel Kritenbrink\): 1 counterpart/);
    const bad = parley("query", "contacts", "布林根", "--graph", join(out, "graph.json"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Did you mean: .*布林肯/);
  });
});

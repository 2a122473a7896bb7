import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildOutputs } from "@parley/graph/node";
import { DIPLOMACY } from "@parley/graph/fixtures";
import { runQuery } from "./query.ts";

let graphFile = "";

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-query-"));
  graphFile = (await buildOutputs(DIPLOMACY, dir)).files.graph;
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runQuery([...argv, "--graph", graphFile], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe("parley query", () => {
  it("should list Wang Yi's contacts as JSON: Blinken, Sullivan and Biden", async () => {
    const r = await run("contacts", "王毅", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((c: { labelEn: string }) => c.labelEn)).toEqual(["Antony Blinken", "Jake Sullivan", "Joe Biden"]);
  });

  it("should print a table whose CJK columns line up", async () => {
    const r = await run("contacts", "王毅");
    const [title, blank, ...lines] = r.out.trim().split("\n");
    expect(title).toMatch(/^王毅 \(Wang Yi\): \d+ counterparts?$/);
    expect(blank).toBe("");
    expect(lines[0]).toMatch(/^counterpart\s+english/);
    const col = (l: string) => [...l.slice(0, l.indexOf("US"))].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    expect(new Set(lines.slice(2).map(col)).size).toBe(1);
  });

  it.each([
    [["events", "--with", "布林肯", "--from", "2023-10-01"], 2],
    [["events", "--with", "王毅", "--type", "visit"], 2],
    [["events", "--place", "美国", "--status", "happened"], 4],
    [["timeline"], 9],
  ])("should answer %j with %i events", async (argv, n) => {
    const r = await run(...argv, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(n);
  });

  it("should find a chain of contacts", async () => {
    const r = await run("path", "纽森", "布林肯", "--json");
    expect(JSON.parse(r.out).map((s: { label: string }) => s.label)).toEqual(["纽森", "习近平", "拜登", "布林肯"]);
  });

  it("should find an entity by its traditional name and show one event with quotes", async () => {
    const e = await run("entity", "蘇利文", "--json");
    expect(JSON.parse(e.out).id).toBe("person:jake-sullivan");
    const list = JSON.parse((await run("events", "--with", "纽森", "--json")).out);
    const one = await run("event", list[0].id);
    expect(one.code).toBe(0);
    expect(one.out).toContain("10月25日習近平會晤了正在中國訪問的加州州長紐森。");
  });

  it("should exit 1 with suggestions for an unknown name", async () => {
    const r = await run("contacts", "布林根");
    expect(r.code).toBe(1);
    expect(r.err).toBe(`parley: no one called 布林根 in ${graphFile}. Did you mean: 布林肯 (Antony Blinken)?\n`);
  });

  it.each([[["contacts"]], [["frobnicate"]], [["events", "--from", "2023-13"]], [["events", "--type", "party"]], [[]]])(
    "should exit 2 on the usage error %j",
    async (argv) => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain("usage: parley query");
    },
  );

  it("should exit 1 when the graph file is missing", async () => {
    const code = await runQuery(["timeline", "--graph", "/nonexistent/graph.json"], { out: () => {}, err: () => {} });
    expect(code).toBe(1);
  });
});

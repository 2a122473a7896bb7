// Tests of the lexicon: validation messages, replacement by id, normalized lookup, the jieba user dictionary.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLexicon } from "./create.ts";
import { loadLexicon } from "./load.ts";
import { normalizeKey } from "./normalize.ts";
import { userDict } from "./user-dict.ts";

const blinken = { id: "person:antony-blinken", zh: "布林肯", en: "Antony Blinken", country: "US", aliases: ["安东尼·布林肯", "Tony Blinken"] };
const washington = { id: "place:washington", zh: "华盛顿", zhHant: "華盛頓", en: "Washington", country: "US", kind: "city", aliases: ["华府"] };
const us = { id: "place:united-states", zh: "美国", en: "United States", country: "US", kind: "country", zhShort: ["美"] };
const biden = { id: "person:joe-biden", zh: "拜登", en: "Joe Biden", country: "US", abbrev: ["拜"] };

function dir(files: Record<string, unknown>): string {
  const d = mkdtempSync(join(tmpdir(), "parley-lex-"));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(d, name), typeof data === "string" ? data : JSON.stringify(data));
  return d;
}

describe("normalizeKey", () => {
  it.each([
    ["安東尼‧布林肯", "安东尼布林肯"],
    ["安东尼·布林肯", "安东尼布林肯"],
    ["弗拉基米尔-普京", "弗拉基米尔普京"],
    ["基尔・斯塔默", "基尔斯塔默"],
    ["蘇利文", "苏利文"],
    ["Antony  J. Blinken", "antony j blinken"],
    ["ＡＰＥＣ", "apec"],
  ])("should normalize %s to %s", (input, key) => {
    expect(normalizeKey(input)).toBe(key);
  });
});

describe("createLexicon", () => {
  it("should index every name and alias by its normalized key", () => {
    const lex = createLexicon([{ file: "a.json", data: { people: [blinken], places: [washington] } }]);
    for (const name of ["布林肯", "安東尼‧布林肯", "tony blinken", "ANTONY BLINKEN"]) expect(lex.lookup(name).map((e) => e.id)).toEqual([blinken.id]);
    for (const name of ["華盛頓", "华府", "washington"]) expect(lex.lookup(name)[0]?.id).toBe(washington.id);
    expect(lex.byId(washington.id)?.type).toBe("place");
    expect(lex.lookup("林肯")).toEqual([]);
  });

  it("should let a later entry with the same id replace the earlier one", () => {
    const lex = createLexicon([
      { file: "built-in.json", data: { people: [blinken] } },
      { file: "my.json", data: { people: [{ ...blinken, zh: "布林根", aliases: [] }] } },
    ]);
    expect(lex.entries).toHaveLength(1);
    expect(lex.byId(blinken.id)?.zh).toBe("布林根");
    expect(lex.lookup("布林肯")).toEqual([]);
  });

  it("should index abbreviations and country prefixes apart from names", () => {
    const lex = createLexicon([{ file: "a.json", data: { people: [biden], places: [us] } }]);
    expect(lex.abbrevs.get("拜")?.[0]?.id).toBe(biden.id);
    expect(lex.shorts.get("美")?.[0]?.id).toBe(us.id);
    expect(lex.lookup("拜")).toEqual([]);
  });

  it.each([
    [{ people: [blinken, blinken, blinken, { id: "person:x", en: "X", country: "US" }] }, 'parley: lexicon my.json: people[3] has no "zh"'],
    [{ people: [{ ...blinken, id: "antony-blinken" }] }, 'people[0].id "antony-blinken" must start with "person:"'],
    [{ places: [{ ...washington, country: undefined }] }, 'places[0] has no "country"'],
    [{ people: [{ ...blinken, aliases: "x" }] }, null],
    [{ people: [{ ...blinken, aliases: [1] }] }, "people[0].aliases must be a list of strings"],
    [{ people: [{ ...biden, abbrev: ["拜登"] }] }, "people[0].abbrev must be one-character forms"],
    [{ people: [{ ...blinken, roles: [{ titleEn: "Secretary" }] }] }, 'people[0].roles[0] has no "title"'],
    [{ persons: [] }, 'unknown section "persons"'],
    [[], "must be a JSON object"],
  ])("should validate %j", (data, message) => {
    const run = () => createLexicon([{ file: "my.json", data }]);
    if (message === null) expect(run).not.toThrow();
    else expect(run).toThrow(message);
  });
});

describe("loadLexicon", () => {
  it("should read every JSON file of the built-in folder, then the user files", () => {
    const builtin = dir({ "people.json": { people: [blinken] }, "places.json": { places: [washington] }, "README.md": "x" });
    const user = join(dir({ "my.json": { people: [{ ...blinken, aliases: ["布卿"] }] } }), "my.json");
    const lex = loadLexicon({ builtinDir: builtin, extra: [user] });
    expect(lex.entries.map((e) => e.id).sort()).toEqual([blinken.id, washington.id]);
    expect(lex.lookup("布卿")[0]?.id).toBe(blinken.id);
    expect(lex.files).toEqual(["people.json", "places.json", user]);
  });

  it("should name the file when it is missing or not JSON", () => {
    const bad = join(dir({ "bad.json": "{ people: " }), "bad.json");
    expect(() => loadLexicon({ builtinDir: null, extra: [bad] })).toThrow(/parley: lexicon .*bad\.json: not valid JSON/);
    expect(() => loadLexicon({ builtinDir: null, extra: ["/nonexistent/my.json"] })).toThrow("no such file");
  });

  it("should load the built-in lexicon", () => {
    const lex = loadLexicon();
    expect(lex.entries.length).toBeGreaterThan(0);
  });
});

describe("userDict", () => {
  it("should list names with and without separators, in both scripts, with their tags", () => {
    const lex = createLexicon([{ file: "a.json", data: { people: [blinken], places: [washington], titles: [{ zh: "国务卿", en: "Secretary of State" }] } }]);
    const lines = userDict(lex);
    expect(lines).toContain("布林肯 3000 nr");
    expect(lines).toContain("安东尼·布林肯 3000 nr");
    expect(lines).toContain("安东尼布林肯 3000 nr");
    expect(lines).toContain("華盛頓 3000 ns");
    expect(lines).toContain("华府 800 ns");
    expect(lines).toContain("国务卿 3000 n");
    expect(lines.some((l) => l.startsWith("Tony"))).toBe(false);
  });
});

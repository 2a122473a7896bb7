import { describe, expect, it } from "vitest";
import { placeFacts } from "./containment.ts";
import { PlaceRelations } from "./places.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

describe("placeFacts", () => {
  it("should close containment transitively and mark countries", () => {
    const f = placeFacts([
      { id: "place:white-house", in: "place:washington" },
      { id: "place:washington", in: "place:united-states" },
      { id: "place:united-states", kind: "country", country: "US" },
      { id: "place:a", in: "place:b" },
      { id: "place:b", in: "place:a" },
    ]);
    expect(f.within["place:white-house"]).toEqual(["place:washington", "place:united-states"]);
    expect(f.countries).toEqual({ "place:united-states": "US" });
    expect(f.within["place:a"]).toEqual(["place:b"]);
  });

  it("should read the extractor's built-in lexicon (白宫 ⊂ 华盛顿 ⊂ 美国)", () => {
    const f = lexiconPlaceFacts();
    expect(f.within["place:white-house"]).toEqual(expect.arrayContaining(["place:washington", "place:united-states"]));
  });

  it("should add a user lexicon's places, chained through the built-in ones", () => {
    const file = join(mkdtempSync(join(tmpdir(), "parley-lex-")), "mine.json");
    writeFileSync(file, JSON.stringify({ places: [{ id: "place:songshan-airport", zh: "松山机场", country: "TW", kind: "venue", in: "place:taipei" }] }));
    const f = lexiconPlaceFacts(undefined, [file, "/nonexistent/lexicon.json"]);
    expect(f.within["place:songshan-airport"]).toEqual(["place:taipei", "place:taiwan"]);
  });
});

describe("lexiconPlaceFacts", () => {
  const f = lexiconPlaceFacts();
  // 李强本月15日从新西兰抵达南澳州首府阿德莱德 / 裴洛西昨晚抵達松山機場: a state, a city in it, an airport in a city.
  it.each<[string, string]>([
    ["place:south-australia", "place:australia"],
    ["place:western-australia", "place:australia"],
    ["place:new-south-wales", "place:australia"],
    ["place:queensland", "place:australia"],
    ["place:victoria-australia", "place:australia"],
    ["place:tasmania", "place:australia"],
    ["place:northern-territory", "place:australia"],
    ["place:adelaide", "place:south-australia"],
    ["place:adelaide", "place:australia"],
    ["place:taipei-songshan-airport", "place:taipei"],
    ["place:taipei-songshan-airport", "place:taiwan"],
    ["place:taoyuan-airport", "place:taiwan"],
    ["place:beijing-capital-airport", "place:beijing"],
    ["place:beijing-capital-airport", "place:china"],
    ["place:joint-base-andrews", "place:united-states"],
  ])("should put %s inside %s", (inner, outer) => {
    expect(f.within[inner]).toContain(outer);
  });
});

describe("PlaceRelations.fit", () => {
  const place = (id: string, name: string, country: string, within: string[] = []) => ({ id, name, nameEn: null, country, within });
  const rel = new PlaceRelations();
  rel.set(place("place:white-house", "白宫", "US", ["place:washington"]));
  rel.set(place("place:washington", "华盛顿", "US", ["place:united-states"]));
  rel.set(place("place:new-york", "纽约", "US", ["place:united-states"]));
  rel.set(place("place:united-states", "美国", "US"));
  rel.set(place("place:beijing", "北京", "CN", ["place:china"]));
  rel.set(place("place:local-venue", "某会馆", "US"));

  it.each([
    ["place:white-house", "place:white-house", 3],
    ["place:white-house", "place:washington", 2],
    ["place:united-states", "place:white-house", 2],
    ["place:washington", "place:new-york", 0],
    ["place:washington", "place:beijing", 0],
    ["place:local-venue", "place:washington", 1],
    ["place:washington", null, 1],
  ] as const)("should fit %s and %s as %i", (a, b, want) => {
    expect(rel.fit(a, b)).toBe(want);
  });
});

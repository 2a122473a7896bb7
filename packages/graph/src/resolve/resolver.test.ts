import { describe, expect, it } from "vitest";
import { EntityResolver } from "./resolver.ts";
import { extraction, type EntitySpec } from "../fixtures/make.ts";
import { KNOWN } from "../fixtures/lexicon.ts";

function resolve(docs: EntitySpec[][]) {
  const r = new EntityResolver();
  docs.forEach((entities, i) => r.add(`d${i}`, extraction({ id: `d${i}`, entities, events: [] }).entities));
  return { r, entities: r.entities() };
}

describe("EntityResolver", () => {
  it("should keep lexicon ids global and gather their documents and mentions", () => {
    const { entities } = resolve([[KNOWN.wang], [KNOWN.wang, KNOWN.blinken]]);
    const wang = entities.find((e) => e.id === "person:wang-yi")!;
    expect(wang.documents).toEqual(["d0", "d1"]);
    expect(wang.mentions).toHaveLength(2);
  });

  it("should join locals across scripts by their English name (沙利文 = 苏利文)", () => {
    const { r, entities } = resolve([
      [{ id: "local:a", name: "沙利文", nameEn: "Jake Sullivan" }],
      [{ id: "local:b", name: "苏利文", nameEn: "Jake Sullivan", aliases: ["蘇利文"] }],
    ]);
    expect(entities).toHaveLength(1);
    expect([entities[0]!.name, ...entities[0]!.aliases]).toEqual(expect.arrayContaining(["沙利文", "苏利文", "蘇利文", "Jake Sullivan"]));
    expect(r.idOf("d0", "local:a")).toBe(r.idOf("d1", "local:b"));
  });

  it("should join a local to a lexicon entry by an alias in traditional script", () => {
    const { entities } = resolve([[KNOWN.xi], [{ id: "local:x", name: "習近平" }]]);
    expect(entities.map((e) => e.id)).toEqual(["person:xi-jinping"]);
  });

  it("should join a full transliteration to its short form when unambiguous", () => {
    const { entities } = resolve([[{ id: "local:a", name: "吉娜·雷蒙多" }], [{ id: "local:b", name: "雷蒙多" }]]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.name).toBe("雷蒙多");
  });

  it("should not join a short form claimed by two full names", () => {
    const { entities } = resolve([
      [{ id: "local:a", name: "约翰·克里" }],
      [{ id: "local:b", name: "玛丽·克里" }],
      [{ id: "local:c", name: "克里" }],
    ]);
    expect(entities).toHaveLength(3);
  });

  it("should never merge conflicting English names or two lexicon ids", () => {
    const { entities } = resolve([
      [{ id: "local:a", name: "克里", nameEn: "John Kerry" }],
      [{ id: "local:b", name: "克里", nameEn: "Jim Kerry" }],
      [{ ...KNOWN.biden }, { id: "person:other-biden", name: "拜登", nameEn: "Hunter Biden" }],
    ]);
    expect(entities.filter((e) => e.name === "克里")).toHaveLength(2);
    expect(entities.filter((e) => e.name === "拜登")).toHaveLength(2);
  });

  it("should give locals stable slug ids, with a suffix on collision", () => {
    const { entities } = resolve([[{ id: "local:a", name: "孙卫东" }], [{ id: "local:b", name: "克里", nameEn: "John Kerry" }]]);
    expect(entities.map((e) => e.id).sort()).toEqual(["person:john-kerry", "person:孙卫东"]);
  });

  it("should keep places' containers and summarize roles", () => {
    const { entities } = resolve([[KNOWN.whiteHouse, KNOWN.wang], [KNOWN.wang]]);
    expect(entities.find((e) => e.id === "place:white-house")!.within).toEqual(["place:washington", "place:united-states"]);
    expect(entities.find((e) => e.id === "person:wang-yi")!.roles).toHaveLength(1);
  });
});

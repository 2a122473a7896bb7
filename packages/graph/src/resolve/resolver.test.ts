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

describe("EntityResolver with a romanizer", () => {
  const PINYIN: Record<string, string> = { 孙卫东: "sun wei dong", 王刚: "wang gang", 王钢: "wang gang" };
  const romanize = (s: string) => PINYIN[s] ?? s;
  const run = (docs: EntitySpec[][]) => {
    const r = new EntityResolver({ romanize });
    docs.forEach((entities, i) => r.add(`d${i}`, extraction({ id: `d${i}`, entities, events: [] }).entities));
    return r.entities();
  };

  it("should join an English-only mention to the one Chinese name it romanizes", () => {
    expect(run([[{ id: "local:孙卫东", name: "孙卫东" }], [{ id: "local:sunweidong", name: "Sun Weidong", nameEn: "Sun Weidong" }]])).toHaveLength(1);
  });

  it("should not guess between two Chinese names that romanize alike", () => {
    expect(run([[{ id: "local:a", name: "王刚" }], [{ id: "local:b", name: "王钢" }], [{ id: "local:c", name: "Wang Gang", nameEn: "Wang Gang" }]])).toHaveLength(3);
  });

  it.each<[string, string | null, string]>([
    ["北京钓鱼台国宾馆", "place:diaoyutai", "a known place after its container's name"],
    ["北京釣魚台國賓館", "place:diaoyutai", "in traditional script"],
    ["上海钓鱼台国宾馆", null, "not after a place that does not contain it"],
  ])("should resolve %s to %s (%s)", (name, want, _why) => {
    const beijing = { ...KNOWN.beijing };
    const diaoyutai = { id: "place:diaoyutai", name: "钓鱼台国宾馆", aliases: ["釣魚台國賓館"], country: "CN", within: ["place:beijing", "place:china"] };
    const shanghai = { id: "place:shanghai", name: "上海", country: "CN", within: ["place:china"] };
    const { r } = resolve([[beijing, diaoyutai, shanghai], [{ id: `local:${name}`, type: "place", name, country: "CN" }]]);
    const id = r.idOf("d1", `local:${name}`);
    if (want) expect(id).toBe(want);
    else expect(id).not.toBe("place:diaoyutai");
  });

  it("should keep a local person of another country apart from the lexicon person of that name", () => {
    const miller = { id: "person:matthew-miller", name: "米勒", nameEn: "Matthew Miller", country: "US" };
    const { r } = resolve([[miller], [{ id: "local:米勒", name: "米勒", country: "DE" }], [{ id: "local:米勒", name: "米勒" }]]);
    expect(r.idOf("d1", "local:米勒")).not.toBe("person:matthew-miller");
    expect(r.idOf("d2", "local:米勒")).toBe("person:matthew-miller");
  });
});

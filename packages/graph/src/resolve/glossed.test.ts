import { describe, expect, it } from "vitest";
import type { DocEntity } from "@parley/extract/model";
import { EntityResolver } from "./resolver.ts";

/** A paragraph as "text"; each [surface, id, country?] is found at its first place in the text. */
function doc(text: string, people: [string, string, string?][]): DocEntity[] {
  return people.map(([surface, id, country]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`fixture: ${surface} not in ${text}`);
    const known = !id.startsWith("local:");
    return {
      id,
      type: "person",
      name: known ? id : surface,
      nameEn: known ? surface : null,
      aliases: [],
      country: country ?? null,
      roles: [],
      known,
      mentions: [{ entity: id, type: "person", surface, document: "d", paragraph: 1, start, end: start + surface.length, rule: known ? "lexicon" : "title" }],
    };
  });
}

function joined(text: string, people: [string, string, string?][]): boolean {
  const r = new EntityResolver();
  r.add("d", doc(text, people));
  r.entities();
  return r.idOf("d", people[0]![1]) === r.idOf("d", people[1]![1]);
}

describe("glossedNames", () => {
  it.each([
    ["西班牙總理桑傑士（Pedro Sánchez）會晤", "桑傑士", "Pedro Sánchez", true],
    ["法国总统马克宏（Emmanuel Macron）表示", "马克宏", "Emmanuel Macron", true],
    ["德國總理蕭茲 (Olaf Scholz) 訪華", "蕭茲", "Olaf Scholz", true],
    ["英国首相施纨德（Keir Starmer）", "施纨德", "Keir Starmer", true],
    ["澳洲總理艾班尼斯（Anthony Albanese）", "艾班尼斯", "Anthony Albanese", true],
    ["巴西總統魯拉（Lula）抵達北京", "魯拉", "Lula", true],
    ["印尼總統普拉伯沃(Prabowo Subianto)", "普拉伯沃", "Prabowo Subianto", true],
    ["日本首相岸田文雄（Fumio Kishida）", "岸田文雄", "Fumio Kishida", true],
    // Not a gloss: another person named after a comma and some words, or a Chinese name after it.
    ["桑傑士與習近平會面，Joe Biden則缺席", "桑傑士", "Joe Biden", false],
    ["马克宏、拜登", "马克宏", "拜登", false],
    ["蕭茲（Scholz）", "蕭茲", "Scholz", true],
  ])("should read %s: %s = %s is %s", (text, name, gloss, want) => {
    expect(joined(text, [[name, "local:a"], [gloss, "person:b"]])).toBe(want);
  });

  it("should not join a gloss of another country", () => {
    expect(joined("俄總統普丁（Joe Biden）", [["普丁", "local:a", "RU"], ["Joe Biden", "person:joe-biden", "US"]])).toBe(false);
  });

  it("should not join two lexicon people", () => {
    expect(joined("習近平（Joe Biden）", [["習近平", "person:xi-jinping"], ["Joe Biden", "person:joe-biden"]])).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { DocEntity } from "@parley/extract/model";
import { swallowedPlaces } from "./overlaps.ts";

function place(id: string, spans: [number, number, number][]): DocEntity {
  const name = id.replace(/^local:d:/, "");
  return {
    id,
    type: "place",
    name,
    nameEn: null,
    aliases: [],
    country: "US",
    roles: [],
    known: false,
    mentions: spans.map(([paragraph, start, end]) => ({ entity: id, type: "place", surface: name, document: "d", paragraph, start, end, rule: "test" })),
  };
}

describe("swallowedPlaces", () => {
  it.each<[string, DocEntity[], Record<string, string>]>([
    ["旧金山湾 inside 旧金山湾区 every time", [place("local:d:旧金山湾区", [[0, 4, 9], [2, 0, 5]]), place("local:d:旧金山湾", [[0, 4, 8], [2, 0, 4]])], { "local:d:旧金山湾": "local:d:旧金山湾区" }],
    ["旧金山湾 also on its own", [place("local:d:旧金山湾区", [[0, 4, 9]]), place("local:d:旧金山湾", [[0, 4, 8], [1, 0, 4]])], {}],
    ["side by side, not inside", [place("local:d:北京", [[0, 0, 2]]), place("local:d:上海", [[0, 3, 5]])], {}],
  ])("should map %s", (_name, entities, want) => {
    expect(Object.fromEntries(swallowedPlaces(entities))).toEqual(want);
  });
});

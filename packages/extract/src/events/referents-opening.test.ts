// Table test: a look back (两人上一次会面是…) opening a paragraph means the article's main pair, not the last one named.
import { describe, expect, it } from "vitest";
import { Referents } from "./referents.ts";
import type { PairRef } from "./pair-word.ts";
import type { EntityItem } from "./view.ts";

const person = (id: string): EntityItem => ({ id, type: "person", entity: undefined, start: 0, end: 1 });
const [XI, PARK, PUTIN] = [person("习近平"), person("朴槿惠"), person("普京")];

/** Each row: what the pair word asks for, the pair it should mean (the lead's 习近平+朴槿惠 or the last 朴槿惠+普京). */
const ROWS: [string, PairRef, string][] = [
  ["两人上一次会面是在今年3月31日 (opening a paragraph)", { leaders: false, heads: false, back: true, opening: true, named: [] }, "习近平+朴槿惠"],
  ["拜习两人上一次见面是去年11月 (opening a paragraph)", { leaders: false, heads: false, back: true, opening: true, named: [] }, "习近平+朴槿惠"],
  ["…。两人此前曾在维也纳会面 (inside a paragraph)", { leaders: false, heads: false, back: true, named: [] }, "朴槿惠+普京"],
  ["两人将在峰会期间会面 (opening, no look back)", { leaders: false, heads: false, back: false, opening: true, named: [] }, "朴槿惠+普京"],
];

describe("events referents-opening", () => {
  it.each(ROWS)("should read %s", (_, ref, want) => {
    const r = new Referents();
    r.notePair([XI, PARK]);
    r.sentence++;
    r.notePair([PARK, PUTIN]);
    r.sentence++;
    expect(r.pair(ref, undefined)?.map((p) => p.id).join("+")).toBe(want);
  });
});

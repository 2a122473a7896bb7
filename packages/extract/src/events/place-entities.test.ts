// Table test of addEventPlaces: a destination only the lexicon fallback read gets its entity (转往日本 → place:japan).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../lexicon/index.ts";
import type { DocEntity, EventMention } from "../model.ts";
import { addEventPlaces } from "./place-entities.ts";

const lexicon = loadLexicon();

/** An event of document d, paragraph 0, whose quote starts at offset `at` of its paragraph. */
function eventAt(quote: string, place: string | null, at = 5): EventMention {
  return { document: "d", type: "visit", participants: ["person:x"], place, quote, paragraph: 0, start: at, end: at + quote.length } as EventMention;
}

/** Each row: the quote, the event's place, the surface its new entity's mention has (null: no entity added). */
const ROWS: [string, string, string | null][] = [
  ["布林肯结束老挝行程后，将转往日本出席2+2会谈。", "place:japan", "日本"],
  ["布林肯結束寮國行程後，將轉往日本出席「2+2」會談。", "place:japan", "日本"],
  ["王毅随后还将访问匈牙利和俄罗斯。", "place:hungary", "匈牙利"],
  ["王毅隨後還將訪問匈牙利和俄羅斯。", "place:russia", "俄羅斯"],
  ["他次日飞往菲律宾首都马尼拉。", "place:manila", "马尼拉"],
  ["他次日飛往菲律賓首都馬尼拉。", "place:philippines", "菲律賓"],
  ["国务卿之后再往首尔与韩方会谈。", "place:seoul", "首尔"],
  ["國務卿之後再往首爾與韓方會談。", "place:seoul", "首爾"],
  ["总理下周将往堪培拉。", "place:canberra", "堪培拉"],
  ["總理下週將往坎培拉。", "place:canberra", "坎培拉"],
  ["他将转赴蒙古首都乌兰巴托。", "place:ulaanbaatar", "乌兰巴托"],
  ["两人出席亚太经合组织峰会。", "place:asia-pacific", null],
  ["外长将前往中东。", "place:middle-east", null],
  ["他随后赴欧洲。", "place:europe", null],
];

describe("place-entities", () => {
  it.each(ROWS)("should give %s its place %s", (quote, place, surface) => {
    const entities: DocEntity[] = [];
    addEventPlaces(entities, [eventAt(quote, place)], lexicon);
    const e = entities.find((x) => x.id === place);
    if (surface === null) return expect(e).toBeUndefined();
    expect(e?.type).toBe("place");
    expect(e?.known).toBe(true);
    const m = e?.mentions[0];
    expect(m?.surface).toBe(surface);
    expect(m ? quote.slice(m.start - 5, m.end - 5) : "").toBe(surface);
  });

  it("should leave a place that already has an entity alone", () => {
    const japan = { id: "place:japan", type: "place", name: "日本", mentions: [] } as unknown as DocEntity;
    const entities: DocEntity[] = [japan];
    addEventPlaces(entities, [eventAt("将转往日本。", "place:japan")], lexicon);
    expect(entities).toEqual([japan]);
  });

  it("should add one entity for two events at the same place", () => {
    const entities: DocEntity[] = [];
    addEventPlaces(entities, [eventAt("将转往日本。", "place:japan"), eventAt("再转往日本东京。", "place:japan", 40), eventAt("无地点。", null)], lexicon);
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([["place:japan", 2]]);
  });

  it("should do nothing without a lexicon or for an unknown id", () => {
    const entities: DocEntity[] = [];
    addEventPlaces(entities, [eventAt("将转往日本。", "place:japan")], undefined);
    addEventPlaces(entities, [eventAt("将转往某地。", "place:nowhere")], lexicon);
    expect(entities).toEqual([]);
  });
});

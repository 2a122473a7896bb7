// Table test of the most specific destination: a region that only describes the country after it (非洲唯一友邦史瓦帝尼, 西非島國佛得角) and city names the segmenter splits or spells otherwise (首都柏林, 休斯頓).
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";

const lexicon = loadLexicon();

/** The visits and meetings of a text, as "type people @place". */
function events(text: string, published = "2024-05-10"): string[] {
  const doc = makeDocument([[text, toSimplified(text)]], published);
  const x = extractDocument(doc, { lexicon });
  const name = (id: string | null) => (id ? (x.entities.find((e) => e.id === id)?.name ?? lexicon.byId(id)?.zh ?? id) : "-");
  return x.events.map((e) => `${e.type} ${e.participants.map(name).join("+")} @${name(e.place)}`);
}

describe("visit-region", () => {
  it.each([
    // a region, then 唯一/仅存的 + 友邦/邦交国, then the country: the country is the destination
    ["赖清德上月出访非洲唯一友邦斯威士兰。", ["visit 赖清德 @斯威士兰"]],
    ["賴清德上月出訪非洲唯一友邦史瓦帝尼。", ["visit 赖清德 @斯威士兰"]],
    ["赖清德将出访南美洲仅存的邦交国巴拉圭。", ["visit 赖清德 @巴拉圭"]],
    ["賴清德將出訪南美洲僅存的邦交國巴拉圭。", ["visit 赖清德 @巴拉圭"]],
    // a region, then 岛国/邻国/内陆国, then the country
    ["布林肯随后前往西非岛国佛得角。", ["visit 布林肯 @佛得角"]],
    ["布林肯隨後前往西非島國維德角。", ["visit 布林肯 @佛得角"]],
    ["王毅访问中亚邻国哈萨克斯坦。", ["visit 王毅 @哈萨克斯坦"]],
    ["王毅訪問中亞內陸國哈薩克。", ["visit 王毅 @哈萨克斯坦"]],
    // the region alone stays the destination
    ["马克龙访问非洲。", ["visit 马克龙 @非洲"]],
    // 首都柏林: the capital Berlin, not 都柏林 (Dublin)
    ["朔尔茨在德国首都柏林会见了岸田文雄。", ["meeting 朔尔茨+岸田文雄 @柏林"]],
    ["蕭茲在德國首都柏林會見了岸田文雄。", ["meeting 朔尔茨+岸田文雄 @柏林"]],
    ["岸田文雄抵达爱尔兰首都都柏林。", ["visit 岸田文雄 @都柏林"]],
    // 休斯頓, 約堡: city names spelled the Hong Kong or colloquial way
    ["蔡英文回程時過境休斯頓。", ["visit 蔡英文 @休斯敦"]],
    ["拉马福萨在约堡会见了王毅。", ["meeting 拉马福萨+王毅 @约翰内斯堡"]],
  ])("should place %s", (text, want) => {
    expect(events(text)).toEqual(want);
  });
});

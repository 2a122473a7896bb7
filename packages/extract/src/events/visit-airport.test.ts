// Tests of landing at an airport or air base (抵达樟宜机场, 乘专机抵达巴耶利峇空军基地): a visit to the airport's city.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";

const lexicon = loadLexicon();

/** The visits of a text published on `published`, as "visitor @place". */
function visits(text: string, published = "2019-06-20"): string[] {
  const doc = makeDocument([[text, toSimplified(text)]], published);
  const x = extractDocument(doc, { lexicon });
  const name = (id: string | null) => (id ? (x.entities.find((e) => e.id === id)?.name ?? lexicon.byId(id)?.zh ?? id) : "-");
  return x.events.filter((e) => e.type === "visit").map((e) => `${e.participants.map(name).join("+")} @${name(e.place)}`);
}

describe("visit-airport", () => {
  it.each([
    ["金正恩10日下午乘坐专机抵达樟宜机场。", ["金正恩 @新加坡"]],
    ["金正恩10日下午乘坐專機抵達樟宜機場。", ["金正恩 @新加坡"]],
    ["特朗普当晚乘空军一号抵达巴耶利峇空军基地。", ["特朗普 @新加坡"]],
    ["特朗普當晚乘空軍一號抵達巴耶利峇空軍基地。", ["特朗普 @新加坡"]],
    ["蓬佩奥一行周四飞抵平壤顺安国际机场。", ["蓬佩奥 @平壤"]],
    ["龐培歐一行週四飛抵平壤順安國際機場。", ["蓬佩奥 @平壤"]],
    ["拜登周日晚间降落在河内内排国际机场。", ["拜登 @河内"]],
    ["布林肯18日上午抵达成田国际机场。", ["布林肯 @东京"]],
    ["布林肯18日上午抵達羽田機場。", ["布林肯 @东京"]],
    ["普京的专机于当地时间下午抵达伏努科沃机场。", []],
    ["马克龙搭乘的专机降落在北京首都国际机场。", ["马克龙 @北京"]],
    ["莫迪抵达仁川国际机场，开始对韩国的访问。", ["莫迪 @韩国"]],
  ])("should read %s as %j", (text, want) => {
    expect(visits(text)).toEqual(want);
  });

  it("should place every airport and air base in a city or country the lexicon knows", () => {
    const airports = lexicon.entries.filter((p) => p.type === "place" && p.kind === "venue" && /(?:机场|空军基地)$/.test(p.zh));
    expect(airports.length).toBeGreaterThan(40);
    for (const a of airports) expect(a.type === "place" && a.in ? lexicon.byId(a.in) : undefined, a.id).toBeTruthy();
  });
});

// Table test of a trip told leg by leg in sentences split at ；: an undated leg takes the date (and a plan's status) of the leg before it.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { LEG_SENTENCE } from "./trip-legs.ts";

const lexicon = loadLexicon();

/** The visits of a one-paragraph text published on `published`, as "visitor @place from status". */
function visits(text: string, published: string): string[] {
  const doc = makeDocument([[text, toSimplified(text)]], published);
  const x = extractDocument(doc, { lexicon });
  const name = (id: string | null) => (id ? (x.entities.find((e) => e.id === id)?.name ?? lexicon.byId(id)?.zh ?? id) : "-");
  return x.events.filter((e) => e.type === "visit").map((e) => `${e.participants.map(name).join("+")} @${name(e.place)} ${e.from ?? "?"} ${e.status}`);
}

describe("trip-legs", () => {
  it.each([
    // a dated first leg, then legs opened by 随后 / 接着 / 回程 / 最后一站: each takes the trip's date
    ["马克龙3日抵达越南河内进行国事访问；随后前往印尼雅加达，与佐科会谈；接着访问新加坡。", "2025-06-05", ["马克龙 @河内 2025-06-03 happened", "马克龙 @雅加达 2025-06-03 happened", "马克龙 @新加坡 2025-06-03 happened"]],
    ["馬克宏3日抵達越南河內進行國事訪問；隨後前往印尼雅加達，與佐科會談；接著訪問新加坡。", "2025-06-05", ["马克龙 @河内 2025-06-03 happened", "马克龙 @雅加达 2025-06-03 happened", "马克龙 @新加坡 2025-06-03 happened"]],
    ["赖清德去年11月出访马绍尔群岛；随后转往帕劳。", "2025-03-01", ["赖清德 @马绍尔群岛 2024-11-01 happened", "赖清德 @帕劳 2024-11-01 happened"]],
    ["賴清德去年11月出訪馬紹爾群島；隨後轉往帛琉。", "2025-03-01", ["赖清德 @马绍尔群岛 2024-11-01 happened", "赖清德 @帕劳 2024-11-01 happened"]],
    ["朔尔茨上月访问日本；其后转往韩国首尔。", "2024-05-10", ["朔尔茨 @日本 2024-04-01 happened", "朔尔茨 @首尔 2024-04-01 happened"]],
    ["蕭茲上月訪問日本；其後轉往韓國首爾。", "2024-05-10", ["朔尔茨 @日本 2024-04-01 happened", "朔尔茨 @首尔 2024-04-01 happened"]],
    // a leg sentence opened by 回程/返程 and a transit verb (回程过境关岛) goes on with the trip's traveller and date
    ["赖清德去年11月出访马绍尔群岛；回程过境关岛。", "2025-03-01", ["赖清德 @马绍尔群岛 2024-11-01 happened", "赖清德 @关岛 2024-11-01 happened"]],
    ["賴清德去年11月出訪馬紹爾群島；回程時過境關島。", "2025-03-01", ["赖清德 @马绍尔群岛 2024-11-01 happened", "赖清德 @关岛 2024-11-01 happened"]],
    ["王毅上周访问德国；过境问题仍有争议。", "2025-03-01", ["王毅 @德国 2025-02-17 happened"]],
    // a long itinerary: the last leg still finds the traveller named four sentences back
    ["蔡英文昨天返抵台北。她此行先过境洛杉矶；随后前往巴拉圭；接着访问伯利兹；回程过境休斯顿。", "2018-08-21", ["蔡英文 @洛杉矶 2018-08-20 happened", "蔡英文 @巴拉圭 2018-08-20 happened", "蔡英文 @伯利兹 2018-08-20 happened", "蔡英文 @休斯敦 2018-08-20 happened"]],
    ["蔡英文昨天返抵台北。她此行先過境洛杉磯；隨後前往巴拉圭；接著訪問貝里斯；回程過境休士頓。", "2018-08-21", ["蔡英文 @洛杉矶 2018-08-20 happened", "蔡英文 @巴拉圭 2018-08-20 happened", "蔡英文 @伯利兹 2018-08-20 happened", "蔡英文 @休斯敦 2018-08-20 happened"]],
    // a planned first leg: the next leg with no cue of its own is planned too
    ["布林肯将于20日访问菲律宾；随后前往越南河内。", "2024-03-15", ["布林肯 @菲律宾 2024-03-20 planned", "布林肯 @河内 2024-03-20 planned"]],
    ["布林肯將於20日訪問菲律賓；隨後前往越南河內。", "2024-03-15", ["布林肯 @菲律宾 2024-03-20 planned", "布林肯 @河内 2024-03-20 planned"]],
    // a plan after a leg that took place is dated by the plan (the graph), not by that leg
    ["习近平2日转往巴拿马进行国事访问；其后他将前往葡萄牙。", "2018-12-03", ["习近平 @巴拿马 2018-12-02 happened", "习近平 @葡萄牙 ? planned"]],
    ["習近平2日轉往巴拿馬進行國事訪問；其後他將前往葡萄牙。", "2018-12-03", ["习近平 @巴拿马 2018-12-02 happened", "习近平 @葡萄牙 ? planned"]],
    // a leg sentence with its own date keeps it
    ["王毅8日访问德国；随后于12日前往法国。", "2024-01-20", ["王毅 @德国 2024-01-08 happened", "王毅 @法国 2024-01-12 happened"]],
    // no leg opener: a sentence of another trip keeps no date
    ["王毅8日访问德国；布林肯访问法国。", "2024-01-20", ["王毅 @德国 2024-01-08 happened", "布林肯 @法国 ? happened"]],
    // another traveller's leg is not this trip's leg
    ["王毅8日访问德国；随后拉夫罗夫前往法国。", "2024-01-20", ["王毅 @德国 2024-01-08 happened", "拉夫罗夫 @法国 ? happened"]],
  ])("should date the legs of %s", (text, published, want) => {
    expect(visits(text, published)).toEqual(want);
  });

  it.each([
    ["随后前往巴拉圭", true],
    ["接着访问贝里斯", true],
    ["回程过境休斯顿", true],
    ["最后一站为所罗门群岛", true],
    ["离开夏威夷后，抵达马绍尔群岛", true],
    ["她随后转往吐瓦鲁", true],
    ["王毅表示", false],
    ["会谈随后举行", false],
  ])("should tell whether %s opens a leg", (text, want) => {
    expect(LEG_SENTENCE.test(text)).toBe(want);
  });
});

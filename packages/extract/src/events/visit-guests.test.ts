// Table test of listed guests after a relative clause (前来进行国事访问的A、B和C): one visit each.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the visits as "visit A @place date status", the document date. */
const ROWS: Row[] = [
  // 前来进行国事访问的 + a list of titled guests: each comes to the host's country
  ["习近平与前来进行国事访问的法国总统马克龙、德国总理朔尔茨和韩国总统尹锡悦共同出席开幕式。", {}, ["visit 马克龙 @中国 ? happened", "visit 朔尔茨 @中国 ? happened", "visit 尹锡悦 @中国 ? happened", "meeting 习近平+马克龙+朔尔茨+尹锡悦 @- ? happened"]],
  ["習近平與前來進行國事訪問的法國總統馬克龍、德國總理朔爾茨和韓國總統尹錫悅共同出席開幕式。", {}, ["visit 马克龙 @中国 ? happened", "visit 朔尔茨 @中国 ? happened", "visit 尹锡悦 @中国 ? happened", "meeting 习近平+马克龙+朔尔茨+尹锡悦 @- ? happened"]],
  ["正在中国访问的法国总统马克龙和德国总理朔尔茨出席了论坛。", {}, ["visit 马克龙 @中国 ? happened", "visit 朔尔茨 @中国 ? happened"]],
  ["正在中國訪問的法國總統馬克龍和德國總理朔爾茨出席了論壇。", {}, ["visit 马克龙 @中国 ? happened", "visit 朔尔茨 @中国 ? happened"]],
  ["12日，来华访问的印度总理莫迪及马来西亚总理安瓦尔参观了故宫。", day("12日", "2023-10-12"), ["visit 莫迪 @中国 ? happened", "visit 安瓦尔 @中国 ? happened"]],
  ["12日，來華訪問的印度總理莫迪及馬來西亞總理安瓦爾參觀了故宮。", day("12日", "2023-10-12"), ["visit 莫迪 @中国 ? happened", "visit 安瓦尔 @中国 ? happened"]],
  ["在新加坡出席香格里拉对话的奥斯汀和董军举行了会谈。", {}, ["visit 奥斯汀 @新加坡 2023-06-01 happened", "visit 董军 @新加坡 2023-06-01 happened", "meeting 奥斯汀+董军 @新加坡 ? happened"]],
  // one guest stays one guest; a comma or 与 ends the list
  ["正在日本访问的马克龙，与岸田文雄举行了会谈。", {}, ["visit 马克龙 @日本 ? happened", "meeting 马克龙+岸田文雄 @日本 ? happened"]],
  ["正在日本訪問的馬克龍，與岸田文雄舉行了會談。", {}, ["visit 马克龙 @日本 ? happened", "meeting 马克龙+岸田文雄 @日本 ? happened"]],
  ["習近平同來訪的法國總統馬克龍舉行會談。", {}, ["visit 马克龙 @中国 ? happened", "meeting 习近平+马克龙 @- ? happened"]],
];

describe("visit-guests", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect(showEvents(sentence, spec, published)).toEqual(want);
  });
});

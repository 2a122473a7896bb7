// 当天稍早 after a recap of earlier days returns to the story's day; otherwise 当天 is the last narrative day.
import { describe, expect, it } from "vitest";
import { normalizeTimes } from "./normalize.ts";

/** Each row: text, publication day, the surface to look up, the day it should mean. */
const ROWS: [string, string, string, string][] = [
  // a recap went back (12日抵达) before the story's day (15日): 当天稍早 / 当天早些时候 is the 15th
  ["澳洲总理15日在北京会见习近平。他于12日抵达上海，随后前往北京。据报导，他当天稍早还与李强会晤", "2025-07-15", "当天", "2025-07-15"],
  ["澳洲總理15日在北京會見習近平。他於12日抵達上海，隨後前往北京。據報導，他當天稍早還與李強會晤", "2025-07-15", "當天", "2025-07-15"],
  ["马克龙6日在北京与习近平会谈。他5日晚抵达北京。马克龙当天早些时候会见了李强", "2023-04-06", "当天", "2023-04-06"],
  ["馬克龍6日在北京與習近平會談。他5日晚抵達北京。馬克龍當天早些時候會見了李強", "2023-04-06", "當天", "2023-04-06"],
  ["王毅27日在华盛顿会见布林肯。王毅于26日抵达。王毅当日稍晚还将会见沙利文", "2023-10-27", "当日", "2023-10-27"],
  ["王毅27日在華盛頓會見布林肯。王毅於26日抵達。王毅當日稍晚還將會見蘇利文", "2023-10-27", "當日", "2023-10-27"],
  ["普京16日与习近平会谈。普京15日深夜抵京。同日稍后，两人共同出席音乐会", "2024-05-16", "同日", "2024-05-16"],
  ["蒲亭16日與習近平會談。蒲亭15日深夜抵京。同日稍後，兩人共同出席音樂會", "2024-05-16", "同日", "2024-05-16"],
  // no recap: 当天稍早 is the last narrative day as before
  ["他于12日抵达上海，当天稍早他在新加坡出席论坛", "2025-07-15", "当天", "2025-07-12"],
  ["他於12日抵達上海，當天稍早他在新加坡出席論壇", "2025-07-15", "當天", "2025-07-12"],
  // a recap without 稍早: 当天 keeps the last narrative day
  ["澳洲总理15日在北京会见习近平。他于12日抵达上海，当天与上海市长会面", "2025-07-15", "当天", "2025-07-12"],
  ["澳洲總理15日在北京會見習近平。他於12日抵達上海，當天與上海市長會面", "2025-07-15", "當天", "2025-07-12"],
];

describe("story day", () => {
  it.each(ROWS)("should read %s", (text, anchor, surface, want) => {
    const hit = normalizeTimes(text, { anchor }).filter((e) => e.surface.startsWith(surface)).at(-1);
    expect(hit?.from).toBe(want);
  });
});

// Table test of meetings told in turn (与B会谈后会见C) and of compound nouns (川金会前) beside another trigger.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

/** Each row: a sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 与B会谈后…会见C: B met first, C second, never all three together
  ["布林肯与国务委员王毅会谈后，前往会见习近平。", {}, ["meeting 布林肯+王毅 @- ? happened", "meeting 布林肯+习近平 @- ? happened"]],
  ["布林肯與國務委員王毅會談後，前往會見習近平。", {}, ["meeting 布林肯+王毅 @- ? happened", "meeting 布林肯+习近平 @- ? happened"]],
  ["耶伦同何立峰举行会谈之后，又会见了李强。", {}, ["meeting 耶伦+何立峰 @- ? happened", "meeting 耶伦+李强 @- ? happened"]],
  ["耶倫同何立峰舉行會談之後，又會見了李強。", {}, ["meeting 耶伦+何立峰 @- ? happened", "meeting 耶伦+李强 @- ? happened"]],
  ["雷蒙多与王毅共进午餐后会见了何立峰。", {}, ["meeting 雷蒙多+王毅 @- ? happened", "meeting 雷蒙多+何立峰 @- ? happened"]],
  ["岸田文雄与拜登会晤之后同尹锡悦举行会谈。", {}, ["meeting 岸田文雄+拜登 @- ? happened", "meeting 岸田文雄+尹锡悦 @- ? happened"]],
  // 会见B后与C会谈: B is the object of the first verb
  ["王毅会见布林肯后与沙利文举行会谈。", {}, ["meeting 王毅+布林肯 @- ? happened", "meeting 王毅+沙利文 @- ? happened"]],
  ["王毅會見布林肯後與沙利文舉行會談。", {}, ["meeting 王毅+布林肯 @- ? happened", "meeting 王毅+沙利文 @- ? happened"]],
  ["习近平接见了朔尔茨之后同马克龙会晤。", {}, ["meeting 习近平+朔尔茨 @- ? happened", "meeting 习近平+马克龙 @- ? happened"]],
  // a pair whose later contact has no counterpart of its own keeps both
  ["拜登与习近平上月会晤后首次通电话。", month("上月", "2023-11"), ["meeting 拜登+习近平 @- 2023-11-01 happened", "call 拜登+习近平 @- ? happened"], "2023-12-20"],
  ["拜登與習近平上月會晤後首次通電話。", month("上月", "2023-11"), ["meeting 拜登+习近平 @- 2023-11-01 happened", "call 拜登+习近平 @- ? happened"], "2023-12-20"],
  // a pair that meets a third person together stays one meeting
  ["拜登与岸田文雄共同会见尹锡悦。", {}, ["meeting 拜登+岸田文雄+尹锡悦 @- ? happened"]],
  // 川金会前, 拜习会后: the compound's names are no sides of the other trigger
  ["金正恩在川金会前再次与习近平见面。", {}, ["meeting 金正恩+习近平 @- ? happened"]],
  ["金正恩在川金會前再次與習近平見面。", {}, ["meeting 金正恩+习近平 @- ? happened"]],
  ["布林肯在拜习会之前与王毅举行会谈。", {}, ["meeting 拜登+习近平 @- ? happened", "meeting 布林肯+王毅 @- ? happened"]],
  ["布林肯在拜習會之前與王毅舉行會談。", {}, ["meeting 拜登+习近平 @- ? happened", "meeting 布林肯+王毅 @- ? happened"]],
];

describe("events meeting-sequence", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});

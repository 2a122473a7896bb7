// Table test of recalled events bounding a later one (继…之后, 自…以来): they happened, whatever the later one's cue.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, showEvents, times } from "./testing.ts";

const SAT = day("星期六", "2023-10-07");

/** Each row: sentence, its times, the events as "type A+B @place date status". */
const ROWS: Row[] = [
  // 继…之后: the recalled contact happened; 将 and 预计 are the later one's
  ["习近平星期六将与拜登举行会晤，这将是两人继去年11月在旧金山会面之后的第三次面对面会晤。", times(SAT, month("去年11月", "2022-11")), ["meeting 习近平+拜登 @- 2023-10-07 planned", "meeting 习近平+拜登 @旧金山 2022-11-01 happened"]],
  ["習近平星期六將與拜登舉行會晤，這將是兩人繼去年11月在舊金山會面之後的第三次面對面會晤。", times(SAT, month("去年11月", "2022-11")), ["meeting 习近平+拜登 @- 2023-10-07 planned", "meeting 习近平+拜登 @旧金山 2022-11-01 happened"]],
  ["拜登预计与习近平通电话，这是两人继7月通话后的又一次通话。", month("7月", "2023-07"), ["call 拜登+习近平 @- ? planned", "call 拜登+习近平 @- 2023-07-01 happened"]],
  ["拜登預計與習近平通電話，這是兩人繼7月通話後的又一次通話。", month("7月", "2023-07"), ["call 拜登+习近平 @- ? planned", "call 拜登+习近平 @- 2023-07-01 happened"]],
  ["这将是习近平与拜登继去年11月在巴厘岛会晤之后的又一次会面。", month("去年11月", "2022-11"), ["meeting 习近平+拜登 @巴厘岛 2022-11-01 happened"]],
  ["這將是習近平與拜登繼去年11月在巴厘島會晤之後的又一次會面。", month("去年11月", "2022-11"), ["meeting 习近平+拜登 @巴厘岛 2022-11-01 happened"]],
  // 自…以来, 自从…以来
  ["王毅将与沙利文会晤，这是两人自今年5月在维也纳会晤以来首次见面。", month("今年5月", "2023-05"), ["meeting 王毅+沙利文 @- ? planned", "meeting 王毅+沙利文 @维也纳 2023-05-01 happened"]],
  ["王毅將與沙利文會晤，這是兩人自今年5月在維也納會晤以來首次見面。", month("今年5月", "2023-05"), ["meeting 王毅+沙利文 @- ? planned", "meeting 王毅+沙利文 @维也纳 2023-05-01 happened"]],
  ["习近平与拜登自从2022年11月在巴厘岛会晤以来一直没有见面。", month("2022年11月", "2022-11"), ["meeting 习近平+拜登 @巴厘岛 2022-11-01 happened"]],
  ["習近平與拜登自從2022年11月在巴厘島會晤以來一直沒有見面。", month("2022年11月", "2022-11"), ["meeting 习近平+拜登 @巴厘岛 2022-11-01 happened"]],
  // a cue inside the bound phrase is the recalled event's own
  ["继王毅将于下月访问美国之后，李强也可能访美。", month("下月", "2023-11"), ["visit 王毅 @美国 2023-11-01 planned", "visit 李强 @美国 ? possible"]],
  ["繼王毅將於下月訪問美國之後，李強也可能訪美。", month("下月", "2023-11"), ["visit 王毅 @美国 2023-11-01 planned", "visit 李强 @美国 ? possible"]],
  // a bare 自 bounds only a span up to now (以来), not a route
  ["王毅将自北京前往上海后会见布林肯。", {}, ["meeting 王毅+布林肯 @上海 ? planned"]],
  // 在…之后 is no bound of the past: the talks are as planned as the trip
  ["王毅将在与布林肯会谈之后前往纽约。", {}, ["meeting 王毅+布林肯 @纽约 ? planned", "visit 王毅 @纽约 ? planned"]],
  ["王毅將在與布林肯會談之後前往紐約。", {}, ["meeting 王毅+布林肯 @纽约 ? planned", "visit 王毅 @纽约 ? planned"]],
];

describe("events status bound", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});

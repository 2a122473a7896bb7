// Table test of talks of delegations told by who led them: one meeting of all their named people, dated by the talks.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";

/** Each row: sentence(s), times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // the talks, then the sides split at ；
  ["中美经贸官员9日在维也纳举行磋商。美方代表团由贝森特率领，成员包括格里尔；中方则由何立峰率团。", day("9日", "2025-06-09"), ["meeting 贝森特+格里尔+何立峰 @维也纳 2025-06-09 happened"], "2025-06-10"],
  ["中美經貿官員9日在維也納舉行磋商。美方代表團由貝森特率領，成員包括格里爾；中方則由何立峰率團。", day("9日", "2025-06-09"), ["meeting 贝森特+格里尔+何立峰 @维也纳 2025-06-09 happened"], "2025-06-10"],
  // the talks and the sides in one sentence; members by 包括
  ["双方9日在维也纳举行首轮谈判，美方由贝森特率团，中方代表团包括何立峰和谢锋。", day("9日", "2025-06-09"), ["meeting 贝森特+何立峰+谢锋 @维也纳 2025-06-09 happened"], "2025-06-10"],
  ["雙方9日在維也納舉行首輪談判，美方由貝森特率團，中方代表團包括何立峰和謝鋒。", day("9日", "2025-06-09"), ["meeting 贝森特+何立峰+谢锋 @维也纳 2025-06-09 happened"], "2025-06-10"],
  // a side that sent its people; someone along with a side
  ["两国代表团在新加坡举行会谈。中方代表团由何立峰率领，美方则派出贝森特和格里尔出席。", {}, ["meeting 何立峰+贝森特+格里尔 @新加坡 ? happened"]],
  ["两国代表团在新加坡举行会谈。美方代表团由贝森特率领；中方由何立峰带队，谢锋随行。", {}, ["meeting 贝森特+何立峰+谢锋 @新加坡 ? happened"]],
  // whose aide someone is: not a participant
  ["中美官员在巴黎举行会谈。美方代表团由布林肯率领；中方则由习近平特使王毅出席。", {}, ["meeting 布林肯+王毅 @巴黎 ? happened"]],
  ["中美官員在巴黎舉行會談。美方代表團由布林肯率領；中方則由習近平的特使王毅出席。", {}, ["meeting 布林肯+王毅 @巴黎 ? happened"]],
  // planned
  ["中美将于下周在新加坡举行新一轮磋商，美方由贝森特率团，中方由何立峰率领。", {}, ["meeting 贝森特+何立峰 @新加坡 ? planned"]],
  // one side only, one country, no talks told: nothing of the delegations
  ["双方在维也纳举行会谈，当时中方代表团同样由何立峰率领。", {}, []],
  ["美方代表团由贝森特率领，成员包括格里尔和雷蒙多。", {}, []],
  ["美方代表团由贝森特率领，中方由何立峰率领。两人此前多次通话。", {}, []],
];

describe("events group-delegations", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});

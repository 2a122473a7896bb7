// Table test of references across sentences and clauses: 两人/两国元首, 他/她, bylines, 获X接见, listed places, plans called off.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, month, times as t, showEvents } from "./testing.ts";

/** Each row: text (one or more sentences of one paragraph), its times, the events, the document date. */
const ROWS: Row[] = [
  // 两人/两国元首: the pair the text already named (the last leader pair for 元首/领导人)
  ["习近平与拜登15日在旧金山举行会晤。两人上一次会晤是2022年11月在巴厘岛。", t(day("15日", "2023-11-15"), month("2022年11月", "2022-11")), ["meeting 习近平+拜登 @旧金山 2023-11-15 happened", "meeting 习近平+拜登 @巴厘岛 2022-11-01 happened"], "2023-11-16"],
  ["習近平與拜登15日在舊金山舉行會晤。兩人上一次會晤是2022年11月在巴厘島。", t(day("15日", "2023-11-15"), month("2022年11月", "2022-11")), ["meeting 习近平+拜登 @旧金山 2023-11-15 happened", "meeting 习近平+拜登 @巴厘岛 2022-11-01 happened"], "2023-11-16"],
  ["普京20日在莫斯科与习近平举行非正式会晤。21日，两国元首在莫斯科举行正式会谈。", t(day("20日", "2023-03-20"), day("21日", "2023-03-21")), ["meeting 普京+习近平 @莫斯科 2023-03-20 happened", "meeting 普京+习近平 @莫斯科 2023-03-21 happened"], "2023-03-22"],
  ["普京20日在莫斯科與習近平舉行非正式會晤。21日，兩國元首在莫斯科舉行正式會談。", t(day("20日", "2023-03-20"), day("21日", "2023-03-21")), ["meeting 普京+习近平 @莫斯科 2023-03-20 happened", "meeting 普京+习近平 @莫斯科 2023-03-21 happened"], "2023-03-22"],
  // 两国元首 is not any pair; 双方 before other unnamed people (两军领导人) is not the pair that talks
  ["王毅与沙利文在维也纳会谈。两国元首将在旧金山会晤。", {}, ["meeting 王毅+沙利文 @维也纳 ? happened"]],
  ["沙利文会见了王毅，双方同意近期举行两军领导人通话。", {}, ["meeting 沙利文+王毅 @- ? happened"]],
  ["沙利文會見了王毅，雙方同意近期舉行兩軍領導人通話。", {}, ["meeting 沙利文+王毅 @- ? happened"]],
  // 她…与B和C会谈: the pronoun is the subject, one meeting per counterpart
  ["耶伦抵达广州。她在北京与李强和何立峰等人会谈。", {}, ["visit 耶伦 @广州 ? happened", "meeting 耶伦+李强 @北京 ? happened", "meeting 耶伦+何立峰 @北京 ? happened"]],
  ["耶倫抵達廣州。她在北京與李強和何立峰等人會談。", {}, ["visit 耶伦 @广州 ? happened", "meeting 耶伦+李强 @北京 ? happened", "meeting 耶伦+何立峰 @北京 ? happened"]],
  // a carried subject brings the place of its clause; an object (会见了X) is no subject for the next clause
  ["耶伦抵达广州。她在上海与学生交流，随后会见了何立峰。", {}, ["visit 耶伦 @广州 ? happened", "meeting 耶伦+何立峰 @上海 ? happened"]],
  ["耶倫抵達廣州。她在上海與學生交流，隨後會見了何立峰。", {}, ["visit 耶伦 @广州 ? happened", "meeting 耶伦+何立峰 @上海 ? happened"]],
  ["布林肯周四会见了何立峰，随后飞抵北京。", {}, ["meeting 布林肯+何立峰 @- ? happened", "visit 布林肯 @北京 ? happened"]],
  ["布林肯周四會見了何立峰，隨後飛抵北京。", {}, ["meeting 布林肯+何立峰 @- ? happened", "visit 布林肯 @北京 ? happened"]],
  // 此次访问/此行 is the article's main visit (or the name right before it), never the speaker's.
  ["王毅对拜登表示，此次访问的目的就是同美方沟通。", {}, []],
  ["王毅抵达华盛顿。王毅10月27日对拜登表示，此次访问的目的就是同美方沟通。", day("10月27日", "2023-10-27"), ["visit 王毅 @华盛顿 ? happened", "visit 王毅 @华盛顿 ? happened"], "2023-10-28"],
  ["布林肯抵达北京。一位学者對記者說，此次訪問最重要的成果是恢復對話。", {}, ["visit 布林肯 @北京 ? happened", "visit 布林肯 @北京 ? happened"]],
  ["布林肯18日抵达北京。他说，此行的会谈富有成效。", { "18日": ["2023-06-18", "2023-06-18", "day"] }, ["visit 布林肯 @北京 2023-06-18 happened", "visit 布林肯 @北京 2023-06-18 happened"], "2023-06-20"],
  ["普京抵达北京。是次访问是他连任后首次出访。", {}, ["visit 普京 @北京 ? happened", "visit 普京 @北京 ? happened"]],
  ["普京抵達北京。此訪是他連任後首次出訪。", {}, ["visit 普京 @北京 ? happened", "visit 普京 @北京 ? happened"]],
  // 获/受到X接见: X is the host, the subject is the earlier clause's
  ["王毅访问莫斯科期间，并获普京接见。", {}, ["visit 王毅 @莫斯科 ? happened", "meeting 王毅+普京 @莫斯科 ? happened"]],
  ["王毅訪問莫斯科期間，並獲普京接見。", {}, ["visit 王毅 @莫斯科 ? happened", "meeting 王毅+普京 @莫斯科 ? happened"]],
  // bylines: the journalist is never a participant; the subject's clause dates what it reports
  ["【联合报／记者 林晓明／即时报导】特朗普17日在社群平台发文说，他刚与习近平通了电话。", day("17日", "2025-01-17"), ["call 特朗普+习近平 @- 2025-01-17 happened"], "2025-01-18"],
  ["【聯合報／記者 林曉明／即時報導】川普17日在社群平台發文說，他剛與習近平通了電話。", day("17日", "2025-01-17"), ["call 特朗普+习近平 @- 2025-01-17 happened"], "2025-01-18"],
  // a noun's own pair, not the subject of the sentence
  ["分析人士指出，布林肯此行是为拜登与习近平今年稍后可能的会晤铺路。", {}, ["visit 布林肯 @- ? happened", "meeting 拜登+习近平 @- ? possible"]],
  ["分析人士指出，布林肯此行是為拜登與習近平今年稍後可能的會晤鋪路。", {}, ["visit 布林肯 @- ? happened", "meeting 拜登+习近平 @- ? possible"]],
  // a subjectless clause opening with 将 continues the subject; 回访; 同意 is a plan
  ["秦刚已接受邀请，将在双方方便的时候访问华盛顿。", {}, ["visit 秦刚 @华盛顿 ? planned"]],
  ["秦剛已接受邀請，將在雙方方便的時候訪問華府。", {}, ["visit 秦刚 @华盛顿 ? planned"]],
  ["秦刚同意回访华盛顿。", {}, ["visit 秦刚 @华盛顿 ? planned"]],
  ["习近平离开东京后，将前往首尔进行国事访问。", {}, ["visit 习近平 @首尔 ? planned"]],
  ["習近平離開東京後，將前往首爾進行國事訪問。", {}, ["visit 习近平 @首尔 ? planned"]],
  // 原定…延后/推迟: the planned visit did not happen
  ["布林肯原定2月5日访问北京，但他在出发前宣布延后行程。", day("2月5日", "2023-02-05"), ["visit 布林肯 @北京 2023-02-05 not-happened"]],
  ["布林肯原定2月5日訪問北京，但他在出發前宣布延後行程。", day("2月5日", "2023-02-05"), ["visit 布林肯 @北京 2023-02-05 not-happened"]],
  // a list of dated places: one meeting each; a month without a year follows the list
  ["沙利文与王毅已多次会晤：2023年5月在维也纳、9月在马耳他。", t(month("2023年5月", "2023-05"), month("9月", "2024-09")), ["meeting 沙利文+王毅 @维也纳 2023-05-01 happened", "meeting 沙利文+王毅 @马耳他 2023-09-01 happened"], "2024-08-30"],
  ["沙利文與王毅已多次會晤：2023年5月在維也納、9月在馬耳他。", t(month("2023年5月", "2023-05"), month("9月", "2024-09")), ["meeting 沙利文+王毅 @维也纳 2023-05-01 happened", "meeting 沙利文+王毅 @马耳他 2023-09-01 happened"], "2024-08-30"],
];

describe("events referents", () => {
  for (const [sentence, spec, want, published] of ROWS) {
    it(`should read ${sentence}`, () => {
      expect(showEvents(sentence, spec, published)).toEqual(want);
    });
  }
});

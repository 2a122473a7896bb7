// Table test of wanted events that came to nothing (要求…但遭拒绝, 希望…最终没有实现) and of 没有像往年那样赴.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { month, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // a request refused or unanswered
  ["奥斯汀曾要求与魏凤和通电话，但遭北京拒绝。", {}, ["call 奥斯汀+魏凤和 @- ? not-happened"]],
  ["奧斯汀曾要求與魏鳳和通電話，但遭北京拒絕。", {}, ["call 奥斯汀+魏凤和 @- ? not-happened"]],
  ["布林肯请求与董军会面，但被中方拒绝。", {}, ["meeting 布林肯+董军 @- ? not-happened"]],
  ["布林肯請求與董軍會面，但被中方拒絕。", {}, ["meeting 布林肯+董军 @- ? not-happened"]],
  ["特朗普希望与金正恩见面，但朝方始终没有回应，会面最终没有实现。", {}, ["meeting 特朗普+金正恩 @- ? not-happened"]],
  ["特朗普希望與金正恩見面，但朝方始終沒有回應，會面最終沒有實現。", {}, ["meeting 特朗普+金正恩 @- ? not-happened"]],
  ["美方寻求安排拜登与习近平通电话，但未获回应。", {}, ["call 拜登+习近平 @- ? not-happened"]],
  ["美方尋求安排拜登與習近平通電話，但未獲回應。", {}, ["call 拜登+习近平 @- ? not-happened"]],
  ["奥斯汀2月试图与魏凤和通话，结果落空。", month("2月", "2023-02"), ["call 奥斯汀+魏凤和 @- 2023-02-01 not-happened"]],
  ["奧斯汀2月試圖與魏鳳和通話，結果落空。", month("2月", "2023-02"), ["call 奥斯汀+魏凤和 @- 2023-02-01 not-happened"]],
  // agreed or promised, then never made
  ["外长王毅曾答应回访美国，但他随后被免职，这一访问最终没有成行。", {}, ["visit 王毅 @美国 ? not-happened"]],
  ["外長王毅曾答應回訪美國，但他隨後被免職，這一訪問最終沒有成行。", {}, ["visit 王毅 @美国 ? not-happened"]],
  ["耶伦承诺访问北京，但行程最终未能成行。", {}, ["visit 耶伦 @北京 ? not-happened"]],
  ["耶倫承諾訪問北京，但行程最終未能成行。", {}, ["visit 耶伦 @北京 ? not-happened"]],
  ["克里同意与谢锋会面，但会面后来作罢。", {}, ["meeting 克里+谢锋 @- ? not-happened"]],
  ["克里同意與謝鋒會面，但會面後來作罷。", {}, ["meeting 克里+谢锋 @- ? not-happened"]],
  ["拜登计划与李强通电话，但通话始终没有成行。", {}, ["call 拜登+李强 @- ? not-happened"]],
  ["拜登計劃與李強通電話，但通話始終沒有成行。", {}, ["call 拜登+李强 @- ? not-happened"]],
  ["雷蒙多准备访问上海，不过此行最后没能成行。", {}, ["visit 雷蒙多 @上海 ? not-happened"]],
  ["雷蒙多準備訪問上海，不過此行最後沒能成行。", {}, ["visit 雷蒙多 @上海 ? not-happened"]],
  // agreed or announced, then put off or called off (推迟, 延期, 搁置, 取消)
  ["两国商定岸田文雄明年春季对中国进行正式访问，但此访后来因选举推迟。", {}, ["visit 岸田文雄 @中国 ? not-happened"]],
  ["兩國商定岸田文雄明年春季對中國進行正式訪問，但此訪後來因選舉推遲。", {}, ["visit 岸田文雄 @中国 ? not-happened"]],
  ["两国约定王毅访问华盛顿，不过行程后来被搁置。", {}, ["visit 王毅 @华盛顿 ? not-happened"]],
  ["兩國約定王毅訪問華盛頓，不過行程後來被擱置。", {}, ["visit 王毅 @华盛顿 ? not-happened"]],
  ["白宫宣布将安排拜登与习近平通电话，但通话最终取消。", {}, ["call 拜登+习近平 @- ? not-happened"]],
  ["白宮宣佈將安排拜登與習近平通電話，但通話最終取消。", {}, ["call 拜登+习近平 @- ? not-happened"]],
  ["双方敲定布林肯访问北京，然而气球事件后访问宣布延期。", {}, ["visit 布林肯 @北京 ? not-happened"]],
  ["雙方敲定布林肯訪問北京，然而氣球事件後訪問宣佈延期。", {}, ["visit 布林肯 @北京 ? not-happened"]],
  ["双方谈妥由李强访问东京，结果因选举叫停。", {}, ["visit 李强 @东京 ? not-happened"]],
  ["雙方談妥由李強訪問東京，結果因選舉叫停。", {}, ["visit 李强 @东京 ? not-happened"]],
  ["韩正答应访问纽约，并已成行。", {}, ["visit 韩正 @纽约 ? planned"]],
  // a postponement of something else, not after a contrast, changes nothing
  ["双方商定王毅访问华盛顿，并推迟关税措施。", {}, ["visit 王毅 @华盛顿 ? planned"]],
  ["王毅访问华盛顿，但双方推迟了贸易谈判。", {}, ["visit 王毅 @华盛顿 ? happened"]],
  // willing, hoping or calling for it, but the two never met
  ["特朗普表示愿意与金正恩会面，但直到他离开韩国，两人都没有见面。", {}, ["meeting 特朗普+金正恩 @- ? not-happened"]],
  ["特朗普表示願意與金正恩會面，但直到他離開韓國，兩人都沒有見面。", {}, ["meeting 特朗普+金正恩 @- ? not-happened"]],
  ["特朗普愿与金正恩见面，但朝方始终没有回应。", {}, ["meeting 特朗普+金正恩 @- ? not-happened"]],
  ["特朗普願與金正恩見面，但朝方始終沒有回應。", {}, ["meeting 特朗普+金正恩 @- ? not-happened"]],
  ["拜登期待与习近平通电话，不过两人最终并未通话。", {}, ["call 拜登+习近平 @- ? not-happened"]],
  ["拜登期待與習近平通電話，不過兩人最終並未通話。", {}, ["call 拜登+习近平 @- ? not-happened"]],
  ["布林肯提议与董军会面，结果始终未能会面。", {}, ["meeting 布林肯+董军 @- ? not-happened"]],
  ["布林肯提議與董軍會面，結果始終未能會面。", {}, ["meeting 布林肯+董军 @- ? not-happened"]],
  ["奥斯汀想与魏凤和通电话，然而对方没有回应。", {}, ["call 奥斯汀+魏凤和 @- ? not-happened"]],
  ["奧斯汀想與魏鳳和通電話，然而對方沒有回應。", {}, ["call 奥斯汀+魏凤和 @- ? not-happened"]],
  // willing with nothing undoing it stays a plan; a meeting not held that was not wanted stays as told
  ["特朗普愿意与金正恩会面。", {}, ["meeting 特朗普+金正恩 @- ? planned"]],
  ["特朗普願意與金正恩會面。", {}, ["meeting 特朗普+金正恩 @- ? planned"]],
  ["王毅与布林肯会晤，但两人没有见到拜登。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  // a wish that nothing undoes stays a plan; a refusal of something else changes nothing
  ["特朗普希望与金正恩见面。", {}, ["meeting 特朗普+金正恩 @- ? planned"]],
  ["特朗普希望與金正恩見面。", {}, ["meeting 特朗普+金正恩 @- ? planned"]],
  ["王毅与布林肯会晤，但拒绝了美方的要求。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["王毅與布林肯會晤，但拒絕了美方的要求。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  // 没有像往年那样率团赴: the negation reaches the verb across a comparison
  ["外交部长王毅也没有像往年那样率团赴纽约。", {}, ["visit 王毅 @纽约 ? not-happened"]],
  ["外交部長王毅也沒有像往年那樣率團赴紐約。", {}, ["visit 王毅 @纽约 ? not-happened"]],
  ["习近平并未如外界预期般前往旧金山。", {}, ["visit 习近平 @旧金山 ? not-happened"]],
  ["習近平並未如外界預期般前往舊金山。", {}, ["visit 习近平 @旧金山 ? not-happened"]],
  ["王毅没有亲自率团访问华盛顿。", {}, ["visit 王毅 @华盛顿 ? not-happened"]],
  ["王毅沒有親自率團訪問華盛頓。", {}, ["visit 王毅 @华盛顿 ? not-happened"]],
];

describe("events status refused", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});

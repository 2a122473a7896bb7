// Table test of meeting and call patterns: one Chinese sentence per row → the events it reports.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, days, month, times as t, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status" (date = from, "?" when none), the document date. */
const ROWS: Row[] = [
  // A与/和/同/跟B会晤
  ["9月16日至17日，王毅与美国总统国家安全事务助理沙利文在马耳他举行多轮会晤。", days("9月16日至17日", "2023-09-16", "2023-09-17"), ["meeting 王毅+沙利文 @马耳他 2023-09-16 happened"]],
  ["白宫国安顾问沙利文9月中旬则在马耳他与王毅会晤。", { "9月中旬": ["2023-09-11", "2023-09-20", "part-of-month"] }, ["meeting 沙利文+王毅 @马耳他 2023-09-11 happened"]],
  ["同一天，王毅还和美国国家安全顾问沙利文(Jake Sullivan)举行会晤。", {}, ["meeting 王毅+沙利文 @- ? happened"]],
  ["习近平和拜登上次会面是在2022年11月巴厘岛的G20峰会召开前。", month("2022年11月", "2022-11"), ["meeting 习近平+拜登 @巴厘岛 2022-11-01 happened"]],
  ["俄罗斯总统普京将于十月在北京与习近平会面。", month("十月", "2023-10"), ["meeting 普京+习近平 @北京 2023-10-01 planned"]],
  ["李强同岸田文雄在东京举行会谈。", {}, ["meeting 李强+岸田文雄 @东京 ? happened"]],
  ["王毅跟布林肯见面时表示，双方需要对话。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  ["王毅前一天与布林肯会晤时曾说，两国存在分歧。", {}, ["meeting 王毅+布林肯 @- ? happened"]],
  // A会见B, A在X接待B, 接见
  ["当地时间9月28日，美国务院发表声明称，美助理国务卿康达在华盛顿会见中国外交部副部长孙卫东。", day("9月28日", "2023-09-28"), ["meeting 康达+孙卫东 @华盛顿 2023-09-28 happened"]],
  ["周四（10月26日）下午，美国国务卿安东尼‧布林肯（Antony Blinken）在华盛顿接待中共最高外交官王毅。", t(day("周四", "2023-10-26"), day("10月26日", "2023-10-26")), ["meeting 布林肯+王毅 @华盛顿 2023-10-26 happened"], "2023-10-27"],
  ["何立峰7月在北京会见来华访问的美财长耶伦。", month("7月", "2023-07"), ["meeting 何立峰+耶伦 @北京 2023-07-01 happened", "visit 耶伦 @中国 2023-07-01 happened"]],
  ["10月25日习近平出人意料地会晤了正在中国访问的加州州长纽森。", day("10月25日", "2023-10-25"), ["meeting 习近平+纽森 @中国 2023-10-25 happened", "visit 纽森 @中国 2023-10-25 happened"], "2023-10-28"],
  ["习近平在人民大会堂会见美国国务卿布林肯。", {}, ["meeting 习近平+布林肯 @人民大会堂 ? happened"]],
  ["王毅在周五将前往白宫会见国家安全顾问杰克‧沙利文。", day("周五", "2023-10-27"), ["meeting 王毅+沙利文 @白宫 2023-10-27 planned"]],
  ["9月28日，中国驻美大使谢锋会见上海美国商会代表团。", day("9月28日", "2023-09-28"), ["meeting 谢锋 @- 2023-09-28 happened"]],
  // 分别 with listed days
  ["王毅在26日与27日两天分别与国务卿布林肯、国家安全顾问沙利文会晤。", t(day("26日", "2023-10-26"), day("27日", "2023-10-27")), ["meeting 王毅+布林肯 @- 2023-10-26 happened", "meeting 王毅+沙利文 @- 2023-10-27 happened"], "2023-10-28"],
  ["马克龙分别与习近平和李强举行会谈。", {}, ["meeting 马克龙+习近平 @- ? happened", "meeting 马克龙+李强 @- ? happened"]],
  ["习近平在北京分别会见了岸田文雄和尹锡悦。", {}, ["meeting 习近平+岸田文雄 @北京 ? happened", "meeting 习近平+尹锡悦 @北京 ? happened"]],
  // carried subject, speaker subject
  ["美方官员预计习近平将访问旧金山参加11月的亚太经合组织峰会，并在峰会间隙与拜登会晤。", month("11月", "2023-11"), ["visit 习近平 @旧金山 2023-11-01 planned", "meeting 习近平+拜登 @旧金山 2023-11-01 planned"]],
  ["路透社周四早上引述一位知情人士透露，王毅周五在白宫会见沙利文时，可能会跟总统拜登见面。", t(day("周四", "2023-10-26"), day("周五", "2023-10-27")), ["meeting 王毅+沙利文 @白宫 2023-10-27 planned", "meeting 王毅+拜登 @白宫 2023-10-27 possible"]],
  ["拜登表示希望与习近平会晤。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["韩正前往联合国，并与国务卿安东尼·布林肯讨论了可能举行的习拜峰会。", {}, ["meeting 韩正+布林肯 @- ? happened", "meeting 习近平+拜登 @- ? possible"]],
  ["王毅在地中海岛国马耳他与美国国家安全顾问沙利文进行了为期两天的意外讨论。", {}, ["meeting 王毅+沙利文 @马耳他 ? happened"]],
  // pronouns continue the previous sentence's subject; 当时 points at the time just written
  ["美国财政部长耶伦星期四抵达广州。她将与中国国务院副总理何立峰举行会谈，并会见中国人民银行行长潘功胜。", {}, ["visit 耶伦 @广州 ? happened", "meeting 耶伦+何立峰 @- ? planned", "meeting 耶伦+潘功胜 @- ? planned"]],
  ["双方上一次会谈是在2022年11月，当时奥斯汀在柬埔寨会见了魏凤和。", month("2022年11月", "2022-11"), ["meeting 奥斯汀+魏凤和 @柬埔寨 2022-11-01 happened"]],
  ["财政部官员说，耶伦不会在此行中会见习近平。", {}, ["meeting 耶伦+习近平 @- ? not-happened"]],
  // nominal meetings: only with a future cue
  ["并为美国总统拜登（Joe Biden）和中国国家主席习近平之间备受期待但仍未安排的会晤铺平道路。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["美国国务院发言人马特·米勒周三被问及拜登与习近平峰会的前景时，拒绝评估。", day("周三", "2023-09-27"), ["meeting 拜登+习近平 @- ? possible"]],
  ["称沙利文与王毅的会面符合双方的承诺。", {}, []],
  ["沙利文“期待”周五跟王毅的会晤。", day("周五", "2023-10-27"), ["meeting 沙利文+王毅 @- 2023-10-27 planned"]],
  ["美中共同推动“拜习会”", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["在会晤中，拜登总统还对李克强的去世表示哀悼。", {}, []],
  ["拜登与习近平的会晤于15日在旧金山举行。", day("15日", "2023-11-15"), ["meeting 拜登+习近平 @旧金山 2023-11-15 happened"], "2023-11-16"],
  ["拜登与习近平的会晤将于下周举行。", { 下周: ["2023-10-09", "2023-10-15", "day"] }, ["meeting 拜登+习近平 @- 2023-10-09 planned"]],
  ["拜习会或将在11月举行。", {}, ["meeting 拜登+习近平 @- ? possible"]],
  ["拜登未能与习近平会面。", {}, ["meeting 拜登+习近平 @- ? not-happened"]],
  // captions, titles
  ["布林肯、沙利文等人也参加了拜登与王毅的会谈", {}, ["meeting 拜登+王毅 @- ? happened"]],
  ["布林肯与韩正举行了会谈。", {}, ["meeting 布林肯+韩正 @- ? happened"]],
  ["王毅与拜登会晤 美中共同推动关系", {}, ["meeting 王毅+拜登 @- ? happened"]],
  ["华日: 中美会谈势头强劲 为拜登和习近平峰会铺路", {}, ["meeting 拜登+习近平 @- ? planned"]],
  // a nominal X与Y的会面 is a complete group: the later meeting is its own pair's
  ["王毅与沙利文的会面为拜登与习近平今年稍后可能举行的会晤铺路。", {}, ["meeting 王毅+沙利文 @- ? happened", "meeting 拜登+习近平 @- ? possible"]],
  ["王毅與沙利文的會面為拜登與習近平可能舉行的會晤鋪路。", {}, ["meeting 王毅+沙利文 @- ? happened", "meeting 拜登+习近平 @- ? possible"]],
  // three or more named people: one meeting with all of them
  ["何立峰周四在华盛顿与莱特希泽和姆努钦举行磋商。", {}, ["meeting 何立峰+莱特希泽+姆努钦 @华盛顿 ? happened"]],
  ["布林肯和奧斯汀在東京與上川陽子、木原稔舉行2+2會談。", {}, ["meeting 布林肯+奥斯汀+上川阳子+木原稔 @东京 ? happened"]],
  ["布林肯抵达东京，与上川阳子、木原稔举行2+2会谈。", {}, ["visit 布林肯 @东京 ? happened", "meeting 布林肯+上川阳子+木原稔 @东京 ? happened"]],
  ["何立峰周四抵達華盛頓，與莱特希泽和姆努钦舉行磋商。", {}, ["visit 何立峰 @华盛顿 ? happened", "meeting 何立峰+莱特希泽+姆努钦 @华盛顿 ? happened"]],
  ["耶伦星期四抵达广州。她在广州和北京与李强和何立峰等人会谈。", {}, ["visit 耶伦 @广州 ? happened", "meeting 耶伦+李强 @北京 ? happened", "meeting 耶伦+何立峰 @北京 ? happened"]],
  ["中法歐三方舉行會晤，習近平、馬克龍和馮德萊恩就貿易問題交換意見。", {}, ["meeting 习近平+马克龙+冯德莱恩 @- ? happened"]],
  ["中法欧三方会谈，习近平与马克龙、冯德莱恩出席。", {}, ["meeting 习近平+马克龙+冯德莱恩 @- ? happened"]],
  // a count of meetings or calls: no single event unless a day names it
  ["沙利文与王毅已多次会晤。", {}, []],
  ["雙方已經多次通話。", {}, []],
  ["拜登与习近平15日举行第三次会晤。", day("15日", "2023-11-15"), ["meeting 拜登+习近平 @- 2023-11-15 happened"], "2023-11-16"],
  // pronouns and unnamed sides make no event
  ["他强调，应美方国务卿邀请访问。", {}, []],
  ["两国领导人将在旧金山会晤。", {}, []],
];

describe("events meetings", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});

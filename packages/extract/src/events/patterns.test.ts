// Table test of the event patterns: one Chinese sentence per row → the events it reports (both scripts).
import { describe, expect, it } from "vitest";
import type { TimeSpec } from "./testing.ts";
import { runSentence, summarize } from "./testing.ts";

const day = (surface: string, date: string): TimeSpec => ({ [surface]: [date, date, "day"] });
const days = (surface: string, from: string, to: string): TimeSpec => ({ [surface]: [from, to, "day"] });
const month = (surface: string, ym: string): TimeSpec => {
  const last = new Date(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7), 0)).getUTCDate();
  return { [surface]: [`${ym}-01`, `${ym}-${last}`, "month"] };
};
const t = (...specs: TimeSpec[]): TimeSpec => Object.assign({}, ...specs);

/** Each row: sentence, its times, the events as "type A+B @place date status" (date = from, "?" when none). */
export const ROWS: [string, TimeSpec, string[], string?][] = [
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
  // carried subject, speaker subject
  ["美方官员预计习近平将访问旧金山参加11月的亚太经合组织峰会，并在峰会间隙与拜登会晤。", month("11月", "2023-11"), ["visit 习近平 @旧金山 2023-11-01 planned", "meeting 习近平+拜登 @旧金山 2023-11-01 planned"]],
  ["路透社周四早上引述一位知情人士透露，王毅周五在白宫会见沙利文时，可能会跟总统拜登见面。", t(day("周四", "2023-10-26"), day("周五", "2023-10-27")), ["meeting 王毅+沙利文 @白宫 2023-10-27 planned", "meeting 王毅+拜登 @白宫 2023-10-27 possible"]],
  ["拜登表示希望与习近平会晤。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["韩正前往联合国，并与国务卿安东尼·布林肯讨论了可能举行的习拜峰会。", {}, ["meeting 韩正+布林肯 @- ? happened", "meeting 习近平+拜登 @- ? possible"]],
  ["王毅在地中海岛国马耳他与美国国家安全顾问沙利文进行了为期两天的意外讨论。", {}, ["meeting 王毅+沙利文 @马耳他 ? happened"]],
  // calls
  ["习近平应约同拜登通电话。", {}, ["call 习近平+拜登 @- ? happened"]],
  ["4月2日，拜登与习近平通话，双方讨论了台湾问题。", day("4月2日", "2024-04-02"), ["call 拜登+习近平 @- 2024-04-02 happened"], "2024-04-03"],
  ["奥斯汀与董军举行视频通话。", {}, ["call 奥斯汀+董军 @- ? happened"]],
  // visits
  ["王毅据报预计本月晚些时候访问华盛顿", { "本月晚些时候": ["2023-10-21", "2023-10-31", "part-of-month"] }, ["visit 王毅 @华盛顿 2023-10-21 planned"]],
  ["中国外交部副部长孙卫东在9月底访美。", { "9月底": ["2023-09-21", "2023-09-30", "part-of-month"] }, ["visit 孙卫东 @美国 2023-09-21 happened"]],
  ["在美国务卿布林肯6月访华期间，中美双方就同意保持高层交往。", month("6月", "2023-06"), ["visit 布林肯 @中国 2023-06-01 happened"]],
  ["近几个月来，美国国务卿布林肯、财政部长耶伦、商务部长雷蒙多和总统气候问题特使克里等拜登政府高官纷纷前往中国。", {}, ["visit 布林肯 @中国 ? happened", "visit 耶伦 @中国 ? happened", "visit 雷蒙多 @中国 ? happened", "visit 克里 @中国 ? happened"]],
  ["白宫周四表示，中共最高外交官王毅对华盛顿为期三天的访问标志着另一个里程碑。", day("周四", "2023-10-26"), ["visit 王毅 @华盛顿 ? happened"]],
  ["包括美国参议院多数党领袖舒默在内的几位美国参议员预计也将跟进访问中国。", {}, ["visit 舒默 @中国 ? planned"]],
  ["舒默也宣布将率跨党派议员前往中国访问。", {}, ["visit 舒默 @中国 ? planned"]],
  ["中国外交部消息显示，孙卫东“应美方邀请”前往华盛顿。", {}, ["visit 孙卫东 @华盛顿 ? happened"]],
  ["2022年8月美国前众议院议长南希‧佩洛西访问台湾后，北京切断了中美军事沟通渠道。", month("2022年8月", "2022-08"), ["visit 佩洛西 @台湾 2022-08-01 happened"]],
  ["今年夏天，包括布林肯在内的几位美国高级官员密集访问北京。", { "今年夏天": ["2023-06-01", "2023-08-31", "season"] }, ["visit 布林肯 @北京 2023-06-01 happened"]],
  ["由于财政部长珍妮特·耶伦 ( Janet Yellen ) 7 月访华，成立了两个工作组。", month("7 月", "2023-07"), ["visit 耶伦 @中国 2023-07-01 happened"]],
  ["4日，不久前刚刚访华的美商务部长雷蒙多，在出席美国会参议院商务委员会听证会时再次表示担忧。", day("4日", "2023-10-04"), ["visit 雷蒙多 @中国 ? happened"]],
  ["习近平有更大可能性出席11月在旧金山举行的亚太领导人峰会。", month("11月", "2023-11"), ["visit 习近平 @旧金山 2023-11-01 possible"]],
  ["王毅对拜登表示，此次访问的目的就是同美方沟通。", {}, ["visit 王毅 @- ? happened"]],
  ["王毅10月27日对拜登表示，此次访问的目的就是同美方沟通。", day("10月27日", "2023-10-27"), ["visit 王毅 @- 2023-10-27 happened"], "2023-10-28"],
  ["如果王毅的访问成行，这将是双方接触结出的第一个果实。", {}, ["visit 王毅 @- ? possible"]],
  ["双方正在讨论国务院副总理何立峰访问华盛顿。", {}, ["visit 何立峰 @华盛顿 ? planned"]],
  ["知情人士称，中国外长王毅也在计划于10月访问华盛顿，为习近平与拜登的峰会做准备。", month("10月", "2023-10"), ["visit 王毅 @华盛顿 2023-10-01 planned", "meeting 习近平+拜登 @- ? planned"]],
  ["赖清德抵达巴黎。", {}, ["visit 赖清德 @巴黎 ? happened"]],
  ["王毅结束对俄罗斯的访问后返回北京。", {}, ["visit 王毅 @俄罗斯 ? happened"]],
  ["外交部发言人表示，王毅将于本周访问莫斯科。", { 本周: ["2023-10-02", "2023-10-08", "day"] }, ["visit 王毅 @莫斯科 2023-10-02 planned"]],
  ["布林肯此前曾于6月访问北京，并会见了习近平。", month("6月", "2023-06"), ["visit 布林肯 @北京 2023-06-01 happened", "meeting 布林肯+习近平 @北京 2023-06-01 happened"]],
  ["白宫发言人说，拜登总统希望在今年晚些时候会见习近平。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["王毅同布林肯通电话，就双边关系交换意见。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["米勒再次表示，期待王毅能够访问美国。", {}, ["visit 王毅 @美国 ? planned"]],
  // not visits
  ["王毅在周五将前往白宫。", day("周五", "2023-10-27"), []],
  ["布林肯还向中国外长发出访美邀请。", {}, []],
  ["布林肯出席活动时发表讲话。", {}, []],
  ["雷蒙多出席参议院听证会。", {}, []],
  ["习近平访问北京大学。", {}, []],
  ["王毅前往上海。", {}, []],
  ["中国派出副主席韩正前往联合国。", {}, []],
  // not happened, negation scope
  ["尽管王毅并未赴美国纽约出席联大会议，但中美官方同时发布消息。", {}, ["visit 王毅 @纽约 2023-09-01 not-happened"]],
  ["在联大会议期间，布林肯专门前往中国驻联合国代表团驻地与出席联大的中国国家副主席韩正举行会谈。", {}, ["meeting 布林肯+韩正 @- 2023-09-01 happened"]],
  ["美国官员最初预计他将出席联大并可能来华盛顿策划习拜峰会。", {}, ["meeting 习近平+拜登 @- ? possible"]],
  ["中国外长王毅最近缺席了在纽约举行的联合国成员国领导人年度会议。", {}, ["visit 王毅 @纽约 2023-08-29 not-happened"], "2023-09-28"],
  ["中国方面至今没有确认习近平是否会在11月的APEC旧金山峰会期间与拜登会晤。", month("11月", "2023-11"), ["meeting 习近平+拜登 @旧金山 2023-11-01 possible"]],
  ["特朗普取消了与普京的会晤。", {}, ["meeting 特朗普+普京 @- ? not-happened"]],
  ["拜登没有与习近平会面。", {}, ["meeting 拜登+习近平 @- ? not-happened"]],
  ["马克龙推迟访问中国。", {}, ["visit 马克龙 @中国 ? not-happened"]],
  ["秦刚拒绝与布林肯会晤。", {}, ["meeting 秦刚+布林肯 @- ? not-happened"]],
  // nominal meetings: only with a future cue
  ["并为美国总统拜登（Joe Biden）和中国国家主席习近平之间备受期待但仍未安排的会晤铺平道路。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["美国国务院发言人马特·米勒周三被问及拜登与习近平峰会的前景时，拒绝评估。", day("周三", "2023-09-27"), ["meeting 拜登+习近平 @- ? possible"]],
  ["称沙利文与王毅的会面符合双方的承诺。", {}, []],
  ["沙利文“期待”周五跟王毅的会晤。", day("周五", "2023-10-27"), ["meeting 沙利文+王毅 @- 2023-10-27 planned"]],
  ["美中共同推动“拜习会”", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["在会晤中，拜登总统还对李克强的去世表示哀悼。", {}, []],
  // captions, titles
  ["布林肯、沙利文等人也参加了拜登与王毅的会谈", {}, ["meeting 拜登+王毅 @- ? happened"]],
  ["布林肯与韩正举行了会谈。", {}, ["meeting 布林肯+韩正 @- ? happened"]],
  ["王毅与拜登会晤 美中共同推动关系", {}, ["meeting 王毅+拜登 @- ? happened"]],
  ["华日: 中美会谈势头强劲 为拜登和习近平峰会铺路", {}, ["meeting 拜登+习近平 @- ? planned"]],
  // dates: datelines, one range for listed days, open ends, times of other verbs
  ["【大纪元2023年10月27日讯】（大纪元记者林燕报导）周四（10月26日）下午，布林肯在华盛顿接待王毅。", t(day("2023年10月27日", "2023-10-27"), day("周四", "2023-10-26"), day("10月26日", "2023-10-26")), ["meeting 布林肯+王毅 @华盛顿 2023-10-26 happened"], "2023-10-27"],
  ["王毅在26日至27日分别与布林肯、沙利文会晤。", days("26日至27日", "2023-10-26", "2023-10-27"), ["meeting 王毅+布林肯 @- 2023-10-26 happened", "meeting 王毅+沙利文 @- 2023-10-27 happened"], "2023-10-28"],
  ["纽森访华同样是在为下个月的两国元首峰会铺路。", month("下个月", "2023-11"), ["visit 纽森 @中国 ? happened"], "2023-10-28"],
  ["一个月后，在联合国大会即将召开之际，米勒再次表示，期待王毅能够访问美国。", month("一个月后", "2023-09"), ["visit 王毅 @美国 ? planned"]],
  ["而这也将使两国领导人的会晤前景更加明朗。", {}, []],
  ["路透社从美国国务院官员处获悉，王毅将访问华盛顿。", {}, ["visit 王毅 @华盛顿 ? planned"]],
  // pronouns and unnamed sides make no event
  ["他强调，应美方国务卿邀请访问。", {}, []],
  ["两国领导人将在旧金山会晤。", {}, []],
  // traditional script
  ["王毅與布林肯在華盛頓會晤。", {}, ["meeting 王毅+布林肯 @华盛顿 ? happened"]],
  ["習近平在北京會見美國國務卿布林肯。", {}, ["meeting 习近平+布林肯 @北京 ? happened"]],
  ["美國商務部長雷蒙多8月訪華。", month("8月", "2023-08"), ["visit 雷蒙多 @中国 2023-08-01 happened"]],
  ["王毅預計本月稍晚訪美。", { "本月稍晚": ["2023-10-21", "2023-10-31", "part-of-month"] }, ["visit 王毅 @美国 2023-10-21 planned"]],
  ["王毅並未赴美國紐約出席聯大會議。", {}, ["visit 王毅 @纽约 2023-09-01 not-happened"]],
  ["普京將於十月在北京與習近平會面。", month("十月", "2023-10"), ["meeting 普京+习近平 @北京 2023-10-01 planned"]],
  ["賴清德過境時與美國官員會面，並未與布林肯會晤。", {}, ["meeting 赖清德+布林肯 @- ? not-happened"]],
  ["拜登與習近平通電話。", {}, ["call 拜登+习近平 @- ? happened"]],
  ["據美聯社報導，拜登預計下週與習近平舉行視訊會議。", { 下週: ["2023-10-09", "2023-10-15", "day"] }, ["call 拜登+习近平 @- 2023-10-09 planned"]],
  ["習近平11日在北京人民大會堂會見到訪的美國財政部長葉倫。", day("11日", "2023-10-11"), ["meeting 习近平+耶伦 @人民大会堂 2023-10-11 happened", "visit 耶伦 @北京 2023-10-11 happened"], "2023-10-12"],
  ["日本首相岸田文雄抵達北京，開始為期三天的訪問。", {}, ["visit 岸田文雄 @北京 ? happened"]],
  ["何立峰可能訪問華盛頓。", {}, ["visit 何立峰 @华盛顿 ? possible"]],
  ["據路透社報導，秦剛將訪問美國。", {}, ["visit 秦刚 @美国 ? planned"]],
];

const show = (e: ReturnType<typeof summarize>): string =>
  `${e.type} ${e.participants.join("+")} @${e.place ?? "-"} ${e.from ?? "?"} ${e.status}`;

describe("events patterns", () => {
  it.each(ROWS)("should read %s", (sentence, times, want, published) => {
    const got = runSentence(sentence, times, published).map((e) => show(summarize(e)));
    expect([...got].sort()).toEqual([...want].sort());
  });
});

describe("events fields", () => {
  it("should keep the cited source, the trigger, the quote and the rule", () => {
    const [ev] = runSentence("路透社从美国国务院官员处获悉，王毅将访问华盛顿。");
    expect(ev?.reportedBy).toBe("路透社");
    expect(ev?.trigger).toBe("访问");
    expect(ev?.quote).toBe("路透社从美国国务院官员处获悉，王毅将访问华盛顿。");
    expect(ev?.rule).toMatch(/^visit\/subject;date:none;status:cue:将$/);
  });

  it("should run an open end (以来) to the document's date", () => {
    const [ev] = runSentence("今年6月以来，耶伦访华。", month("今年6月", "2023-06"));
    expect([ev?.from, ev?.to]).toEqual(["2023-06-01", "2023-10-05"]);
  });

  it("should keep the original script in trigger and quote", () => {
    const [ev] = runSentence("王毅與布林肯在華盛頓會晤。");
    expect(ev?.trigger).toBe("會晤");
  });
});

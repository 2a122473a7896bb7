// Table test of visit patterns and of dates: one Chinese sentence per row → the events it reports.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, days, month, times as t, showEvents } from "./testing.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status" (date = from, "?" when none), the document date. */
const ROWS: Row[] = [
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
  ["一位学者对记者说，此行最重要的成果是恢复对话。", {}, []],
  ["如果王毅的访问成行，这将是双方接触结出的第一个果实。", {}, ["visit 王毅 @- ? possible"]],
  ["双方正在讨论国务院副总理何立峰访问华盛顿。", {}, ["visit 何立峰 @华盛顿 ? planned"]],
  ["知情人士称，中国外长王毅也在计划于10月访问华盛顿，为习近平与拜登的峰会做准备。", month("10月", "2023-10"), ["visit 王毅 @华盛顿 2023-10-01 planned", "meeting 习近平+拜登 @- ? planned"]],
  ["赖清德抵达巴黎。", {}, ["visit 赖清德 @巴黎 ? happened"]],
  ["王毅结束对俄罗斯的访问后返回北京。", {}, ["visit 王毅 @俄罗斯 2023-09-21 happened"]],
  ["外交部发言人表示，王毅将于本周访问莫斯科。", { 本周: ["2023-10-02", "2023-10-08", "day"] }, ["visit 王毅 @莫斯科 2023-10-02 planned"]],
  ["布林肯此前曾于6月访问北京，并会见了习近平。", month("6月", "2023-06"), ["visit 布林肯 @北京 2023-06-01 happened", "meeting 布林肯+习近平 @北京 2023-06-01 happened"]],
  ["白宫发言人说，拜登总统希望在今年晚些时候会见习近平。", {}, ["meeting 拜登+习近平 @- ? planned"]],
  ["王毅同布林肯通电话，就双边关系交换意见。", {}, ["call 王毅+布林肯 @- ? happened"]],
  ["米勒再次表示，期待王毅能够访问美国。", {}, ["visit 王毅 @美国 ? planned"]],
  ["3日，美国财长耶伦在出席活动时表示，她此前曾访华。", day("3日", "2023-10-03"), ["visit 耶伦 @中国 ? happened"]],
  ["布林肯上周抵达北京。他与王毅举行了会谈。", { 上周: ["2023-09-25", "2023-10-01", "day"] }, ["visit 布林肯 @北京 2023-09-25 happened", "meeting 布林肯+王毅 @- ? happened"]],
  ["李强在人民大会堂同来华进行正式访问的新西兰总理希普金斯举行会谈。", {}, ["meeting 李强+希普金斯 @人民大会堂 ? happened", "visit 希普金斯 @北京 ? happened"]],
  ["应国家主席习近平邀请，法国总统马克龙将于4月5日至7日对中国进行国事访问。", days("4月5日至7日", "2024-04-05", "2024-04-07"), ["visit 马克龙 @中国 2024-04-05 planned"], "2024-03-30"],
  ["拜登在白宫接待来访的以色列总统赫尔佐格。", {}, ["meeting 拜登+赫尔佐格 @白宫 ? happened", "visit 赫尔佐格 @华盛顿 ? happened"]],
  ["中方否认王毅将访美。", {}, ["visit 王毅 @美国 ? not-happened"]],
  // a continent is no destination when the trip's country or city is named; the last place of a run
  ["拜登抵达东京。这是拜登首次访问亚洲。", {}, ["visit 拜登 @东京 ? happened"]],
  ["拜登首次訪問亞洲，將前往日本。", {}, ["visit 拜登 @日本 ? planned"]],
  ["这是拜登首次访问亚洲。", {}, ["visit 拜登 @亚洲 ? happened"]],
  ["拜登将前往印尼巴厘岛出席峰会。", {}, ["visit 拜登 @巴厘岛 ? planned"]],
  // 抵达吉隆坡，展开对大马为期3天的访问: one visit to the country, from the arrival day, N days
  ["習近平預計今日（18日）晚間抵達吉隆坡，展開對大馬為期3天的正式訪問。", day("18日", "2023-10-18"), ["visit 习近平 @马来西亚 2023-10-18 planned"], "2023-10-18"],
  ["拜登15日抵达东京，开始对日本为期三天的访问。", day("15日", "2023-10-15"), ["visit 拜登 @日本 2023-10-15 happened"], "2023-10-16"],
  // a count of visits (四度访问) is several visits: no event unless a date names one
  ["这是自2023年以来布林肯四度访问中国。", { "2023年": ["2023-01-01", "2023-12-31", "year"] }, []],
  ["耶倫多次訪華。", {}, []],
  ["拜登首次访问中国。", {}, ["visit 拜登 @中国 ? happened"]],
  ["王毅再度访问美国。", {}, ["visit 王毅 @美国 ? happened"]],
  // a cleft names the visitor after 是(…的); the visitor of 在访问X期间 is the carried subject, not the object
  ["上一次中國領導人訪問北韓是2005年10月的前國家主席胡錦濤。", month("2005年10月", "2005-10"), ["visit 胡锦涛 @朝鲜 2005-10-01 happened"]],
  ["上一次访问朝鲜的中国领导人是胡锦涛。", {}, ["visit 胡锦涛 @朝鲜 ? happened"]],
  ["访问中国是为了会见王毅。", {}, []],
  ["特朗普说，他愿意在访问韩国期间与金正恩会面。", {}, ["visit 特朗普 @韩国 ? planned", "meeting 特朗普+金正恩 @韩国 ? planned"]],
  // a visit starts on its arrival day, not on the day of a meeting during it
  ["布林肯在訪問期間於6日會見習近平，他本月5日抵達北京。", t(day("本月5日", "2023-10-05"), day("6日", "2023-10-06")), ["visit 布林肯 @北京 2023-10-05 happened", "meeting 布林肯+习近平 @- 2023-10-06 happened"], "2023-10-07"],
  ["布林肯6日在北京访问，他本月5日抵达北京。", t(day("本月5日", "2023-10-05"), day("6日", "2023-10-06")), ["visit 布林肯 @北京 2023-10-05 happened"], "2023-10-07"],
  ["耶伦12日晚抵达上海。", day("12日", "2023-10-12"), ["visit 耶伦 @上海 2023-10-12 happened"], "2023-10-13"],
  // not visits
  ["马克龙表示，用户可以随时访问该网站。", {}, []],
  ["王毅在记者会上回答了关于布林肯访华的问题。", {}, []],
  ["中国外交部发言人表示，中方欢迎布林肯访华。", {}, ["visit 布林肯 @中国 ? planned"]],
  ["美国国会访华团抵达北京，布林肯对此表示欢迎。", {}, []],
  ["王毅在周五将前往白宫。", day("周五", "2023-10-27"), []],
  ["布林肯还向中国外长发出访美邀请。", {}, []],
  ["布林肯出席活动时发表讲话。", {}, []],
  ["雷蒙多出席参议院听证会。", {}, []],
  ["习近平访问北京大学。", {}, []],
  ["王毅前往上海。", {}, []],
  ["中国派出副主席韩正前往联合国。", {}, []],
  // dates: datelines, one range for listed days, open ends, times of other verbs
  ["【大纪元2023年10月27日讯】（大纪元记者林燕报导）周四（10月26日）下午，布林肯在华盛顿接待王毅。", t(day("2023年10月27日", "2023-10-27"), day("周四", "2023-10-26"), day("10月26日", "2023-10-26")), ["meeting 布林肯+王毅 @华盛顿 2023-10-26 happened"], "2023-10-27"],
  ["王毅在26日至27日分别与布林肯、沙利文会晤。", days("26日至27日", "2023-10-26", "2023-10-27"), ["meeting 王毅+布林肯 @- 2023-10-26 happened", "meeting 王毅+沙利文 @- 2023-10-27 happened"], "2023-10-28"],
  ["纽森访华同样是在为下个月的两国元首峰会铺路。", month("下个月", "2023-11"), ["visit 纽森 @中国 ? happened"], "2023-10-28"],
  ["一个月后，在联合国大会即将召开之际，米勒再次表示，期待王毅能够访问美国。", month("一个月后", "2023-09"), ["visit 王毅 @美国 ? planned"]],
  ["而这也将使两国领导人的会晤前景更加明朗。", {}, []],
  ["路透社从美国国务院官员处获悉，王毅将访问华盛顿。", {}, ["visit 王毅 @华盛顿 ? planned"]],
];

describe("events visits", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
});

// The rule list in priority order (at one position the first rule that matches and resolves wins).
import { APPROX_RULES } from "./rules-approx.ts";
import { DATE_RULES } from "./rules-dates.ts";
import { DAY_RULES } from "./rules-days.ts";
import { MONTH_RANGE_RULES } from "./rules-month-range.ts";
import { PART_RANGE_RULES } from "./rules-part-range.ts";
import { MONTH_RULES } from "./rules-months.ts";
import { PART_OF_DAY_RULES } from "./rules-part-of-day.ts";
import { RELATIVE_DAY_RULES } from "./rules-relative.ts";
import { TERSE_DAY_RULES } from "./rules-terse.ts";
import { YEAR_RULES } from "./rules-years.ts";
import type { TimeRule } from "./types.ts";

/** 当地时间 / 美国时间 / 北京时间: not a time itself, it marks the zone of the expression right after it. */
export const ZONE_RULE: TimeRule = {
  name: "zone",
  pattern:
    "(当地时间|當地時間|美国东部时间|美國東部時間|美东时间|美東時間|美国时间|美國時間|北京时间|北京時間|华盛顿时间|華盛頓時間|" +
    "纽约时间|紐約時間|台北时间|台北時間|香港时间|香港時間|日本时间|日本時間|东京时间|東京時間|莫斯科时间|莫斯科時間|" +
    "欧洲中部时间|歐洲中部時間|格林尼治时间|格林尼治時間|格林威治时间|格林威治時間|台湾时间|台灣時間|英国时间|英國時間|" +
    "伦敦时间|倫敦時間|太平洋时间|太平洋時間|美西时间|美西時間|美国东部时间|东部时间|東部時間|加州时间|加州時間)",
  prefix: true,
  resolve: () => null,
};

/** Every rule, in the order the scanner tries them. */
export const TIME_RULES: readonly TimeRule[] = [ZONE_RULE, ...PART_RANGE_RULES, ...MONTH_RANGE_RULES, ...DATE_RULES, ...DAY_RULES, ...YEAR_RULES, ...MONTH_RULES, ...APPROX_RULES, ...RELATIVE_DAY_RULES, ...TERSE_DAY_RULES, ...PART_OF_DAY_RULES];

/**
 * A lookahead for where a time expression can start, so the scanner skips every other position fast:
 * digits, numerals and day words as single characters; zone names and rarer starts (中旬, 第二天) as
 * prefixes, since 美 and 中 are everywhere in this news.
 */
export const FIRST_CHARS =
  "[0-9０-９〇○零一二三四五六七八九十两兩今去明前后後昨同当當上下本这這次翌隔周週星礼禮春夏秋冬年月民]|" +
  "美(?:[国國][时時东東]|[东東][时時])|中旬|北京[时時]|[华華]盛[顿頓][时時]|台北[时時]|香港[时時]|日本[时時]|[东東]京[时時]|" +
  "莫斯科[时時]|[欧歐]洲中|格林[尼威]治|[纽紐][约約][时時]|台[湾灣][时時]|英[国國][时時]|[伦倫][敦][时時]|太平洋[时時]|" +
  "美西[时時]|[东東]部[时時]|加州[时時]|大[前后後]天|第二[天年]|[头頭]一天|[数數几幾多][日天]|日前|近日|中午|晚[上间間]|傍晚|早上|清晨|凌晨|深夜";

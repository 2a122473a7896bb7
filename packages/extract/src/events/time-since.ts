// Times that are not the event's own date: a count's start (5月连任后首次访华) and a day offset (就职前三天).
import { parseNumber } from "../time/numerals.ts";
import type { TimeChoice } from "./time-groups.ts";
import { addDays } from "../time/calendar.ts";

/**
 * …以来首度 / …后首次 / …之后第二次: the time before it is where a count starts (2020年1月疫情爆发以来首度出国,
 * 5月连任后首次访华, 去年11月胜选后两人首次通话), not the event's date. Not 最后 (最后一次 is no count), nor
 * across 成为 (去年10月成为二十大后首位访华的领导人: the time is the visit's, the count another event's).
 * The earlier event may name its place (去年11月在印尼巴厘岛（Bali）会晤后首次通话).
 */
const SINCE_FIRST = new RegExp(
  "^(?:(?!成为|成為)[^，,。；;：:]){0,30}?(?:以来|以來|之后|之後|以后|以後|(?<!最)后|(?<!最)後)[^，,。；;]{0,12}?" +
    "(?:首次|首度|首访|首訪|首位|首名|头一次|頭一次|第[一二两兩三四五六七八九十0-9０-９]{1,3}(?:次|度))",
);

/** A time written with its own 以来 (2016年以来): the count's start is the time itself. */
const OWN_SINCE = /(?:以来|以來)$/;

/**
 * True when the text right after a time (up to the trigger or the clause end) makes it a count's start;
 * `surface` is the time's own text, which may carry the 以来 (2016年以来中澳两国领导人首次正式会谈).
 */
export function countsFrom(after: string, surface = ""): boolean {
  return SINCE_FIRST.test(after) || (OWN_SINCE.test(surface) && SINCE_FIRST.test(`以来${after}`));
}

const N = "[0-9０-９一二两兩三四五六七八九十]{1,3}";
/** 1月20日宣誓就职前三天 / 峰会开幕两天前 / 抵达后第二天 (not 前三天内 or 前几天): a day offset from the written date. */
const OFFSET = new RegExp(
  `^[^，,。；;：:0-9０-９]{1,12}?(?:之)?(?:(前|后|後)(?:第)?(${N})(?:天|日)(?![内內里裡来來])|(${N})(?:天|日)(?:之)?(前|后|後|以前|以后|以後)(?![往夕线線果续續者]))`,
);

/**
 * A day-precision choice moved by the offset written after its time: 在2025年1月20日宣誓就职前三天，两人通电话
 * is the 17th. `after` is the text from the time's end to the trigger. Other choices come back unchanged.
 */
export function offsetDay(choice: TimeChoice, after: string): TimeChoice {
  if (choice.precision !== "day" || !choice.from || choice.from !== choice.to) return choice;
  const m = OFFSET.exec(after);
  if (!m) return choice;
  const dir = m[1] ?? m[4] ?? "";
  const n = parseNumber(m[2] ?? m[3] ?? "");
  if (n === null || n === 0 || n > 31) return choice;
  // 抵达后第二天 is the day after (第二天 = +1); 就职后三天 is +3; 前三天 is -3.
  const ordinal = /第/.test(m[0]) && dir !== "前";
  const delta = dir.includes("前") ? -n : ordinal ? n - 1 : n;
  const day = addDays(choice.from, delta);
  return { ...choice, from: day, to: day, rule: `${choice.rule}+offset` };
}

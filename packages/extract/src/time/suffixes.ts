// Continuations after a found expression: weekday and part of day, a second zone, 以来/至今.
import { ZONE_RULE } from "./rules.ts";
import { withoutCaptures } from "./regex-source.ts";
import { COUNT, SP } from "./patterns.ts";

// 周四（10月26日）下午 · 26日（周四）晚间 · 去年6月12日星期一 · 27日上午10时 : kept in the surface, the day stays the day.
/** A weekday, part of day or clock time after a day, kept in its surface. */
export const DAY_SUFFIX = new RegExp(
  `(?:${SP}[（(](?:周|週|星期|礼拜|禮拜)[一二三四五六日天七][）)]|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天](?![年末期刊报報]))?` +
    `(?:${SP}(?:上午|下午|中午|晚间|晚間|晚上|早上|早间|早間|凌晨|清晨|傍晚|夜间|夜間|深夜|午夜|早晨|晚|早(?!些|前)))?` +
    `(?:${SP}${COUNT}${SP}[时時点點](?:${SP}${COUNT}${SP}分|半)?)?`,
  "y",
);

// 当地时间16日（北京时间17日）: one moment written in two zones; the first (local) date stands.
/** The same moment in a second zone, in brackets after the first. */
export const OTHER_ZONE = new RegExp(`${SP}[（(]${withoutCaptures(ZONE_RULE.pattern)}[^（）()]{1,16}[）)]`, "y");
// 今年6月以来 · 自去年11月以来 · 2019年至今: an open range from the expression to the anchor.
// (not 2019年至今年6月: 至 今年6月)
/** 以来 / 至今 after a start: an open range up to the anchor. */
export const SINCE = new RegExp(`${SP}(?:以来|以來|至今|迄今)(?![年天日晚早])`, "y");

/** The end of an optional continuation matched at `end` by a sticky regex. */
export function extend(re: RegExp, text: string, end: number): number {
  re.lastIndex = end;
  const m = re.exec(text);
  return m ? end + m[0].length : end;
}

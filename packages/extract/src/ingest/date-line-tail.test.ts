// Date lines whose date is followed by a label, a zone or a clock in hanzi (最后更新 北京时间 22:47, 19時12分).
import { describe, expect, it } from "vitest";
import { readDateLine } from "./date-lines.ts";

/** A line and the date it states (null: not a date line). */
const ROWS: [line: string, date: string | null][] = [
  ["**美国之音** 2023年10月9日 最后更新 北京时间 22:47", "2023-10-09"],
  ["美国之音 2022年3月14日 最后更新 北京时间 08:05", "2022-03-14"],
  ["**美國之音** 2021年7月26日 最後更新 台北時間 21:30", "2021-07-26"],
  ["2023年10月9日 更新于 北京时间 22:47", "2023-10-09"],
  ["2024年07月06日 19時12分", "2024-07-06"],
  ["2024年07月06日 19时12分", "2024-07-06"],
  ["2023年11月17日 8點05分", "2023-11-17"],
  ["2022年08月02日 21点30分", "2022-08-02"],
  ["星洲日報 2024年06月18日 10時00分", "2024-06-18"],
  ["2019年6月29日 下午3時15分", "2019-06-29"],
  ["2025年10月30日 最後更新 香港時間 14:20", "2025-10-30"],
  ["発布 2023年4月6日 09時30分", null],
  ["习近平2024年7月6日在杜尚别会见拉赫蒙。", null],
  ["2024年07月06日 19時12分 習近平抵達杜尚別", null],
  ["两国元首2023年10月9日在北京举行了长时间会谈并共同会见记者", null],
  ["2023年10月9日 最后更新 北京时间 22:47 舒默率团访华", null],
];

describe("readDateLine tails", () => {
  it.each(ROWS)("should read %s as %s", (line, date) => {
    expect(readDateLine(line)?.date ?? null).toBe(date);
  });
});

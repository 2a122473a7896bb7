// Table rows: a part of day that opens a clause on its own (下午，… / 晚上，…) is the story's day.
import { row, type TimeCase } from "./cases.ts";

const T = "2023-10-26"; // the publication day

/** Parts of a day standing alone at a clause start. */
export const PART_OF_DAY_CASES: TimeCase[] = [
  row("下午，王毅前往白宫会见拜登", T, "下午", T),
  row("下午，王毅前往白宮會見拜登", T, "下午", T),
  row("晚上，双方举行工作晚宴", T, "晚上", T),
  row("晚間，雙方舉行工作晚宴", T, "晚間", T),
  row("25日，王毅抵达华盛顿。晚上，布林肯设宴款待", T, "晚上", "2023-10-25"),
  row("25日，王毅抵達華盛頓。晚上，布林肯設宴款待", T, "晚上", "2023-10-25"),
  row("24日上午，两人在国务院会谈；中午，双方共进午餐", T, "中午", "2023-10-24"),
  row("24日上午，兩人在國務院會談；中午，雙方共進午餐", T, "中午", "2023-10-24"),
  row("佩洛西当天上午到访立法院。傍晚，她搭机离台", T, "傍晚", T),
  row("佩洛西當天上午到訪立法院。傍晚，她搭機離台", T, "傍晚", T),
  row("凌晨，习近平的专机抵达旧金山", T, "凌晨", T),
  row("23日抵达。早上，他前往白宫", T, "早上", "2023-10-23"),
];

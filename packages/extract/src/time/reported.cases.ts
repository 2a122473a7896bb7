// Table rows: a plan inside a dated report (据路透社3月报道，王毅将于4月访美) counts from the report's time.
import { row, type TimeCase } from "./cases.ts";

const A = "2024-06-20"; // the article's day

/** Relative times and bare months after a dated report verb, in a future clause; and what stays as before. */
export const REPORTED_CASES: TimeCase[] = [
  row("据路透社3月报道，王毅将于4月访问华盛顿", A, "4月", "2024-04-01", "2024-04-30", "month"),
  row("據路透社3月報導，王毅將於4月訪問華盛頓", A, "4月", "2024-04-01", "2024-04-30", "month"),
  row("路透社3月10日报道说，布林肯将在下月访华", A, "下月", "2024-04-01", "2024-04-30", "month"),
  row("路透社3月10日報導說，布林肯將在下月訪華", A, "下月", "2024-04-01", "2024-04-30", "month"),
  row("据彭博社去年11月报道，习近平将于12月访美", A, "12月", "2023-12-01", "2023-12-31", "month"),
  row("據彭博社去年11月報導，習近平將於12月訪美", A, "12月", "2023-12-01", "2023-12-31", "month"),
  row("白宫去年11月20日表示，拜登明年将与习近平通话", A, "明年", "2024-01-01", "2024-12-31", "year"),
  row("白宮去年11月20日表示，拜登明年將與習近平通話", A, "明年", "2024-01-01", "2024-12-31", "year"),
  row("日经新闻1月披露，岸田文雄计划下个月访问北京", A, "下个月", "2024-02-01", "2024-02-29", "month"),
  row("日經新聞1月披露，岸田文雄計劃下個月訪問北京", A, "下個月", "2024-02-01", "2024-02-29", "month"),
  // no report verb, or no plan after it: the article's day as before
  row("王毅3月访问了德国，他将于下月访问法国", A, "下月", "2024-07-01", "2024-07-31", "month"),
  row("路透社3月报道了此事。王毅将于下月访问法国", A, "下月", "2024-07-01", "2024-07-31", "month"),
];

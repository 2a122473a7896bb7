// Table test of plans that borrowed a past date: they go from the document's date on, not within the borrowed days.
import { describe, expect, it } from "vitest";
import type { Row } from "./testing.ts";
import { day, showEvents } from "./testing.ts";
import type { TimeChoice } from "./time-groups.ts";
import { planAfterDateline } from "./time-plan.ts";

/** Each row: sentence, its times, the events as "type A+B @place date status", the document date. */
const ROWS: Row[] = [
  // a carried subject's next stop, told as a plan
  ["王毅15日在莫斯科会见了普京，之后将前往东京。", day("15日", "2024-03-15"), ["meeting 王毅+普京 @莫斯科 2024-03-15 happened", "visit 王毅 @东京 2024-03-16 planned"], "2024-03-16"],
  ["王毅15日在莫斯科會見了普京，之後將前往東京。", day("15日", "2024-03-15"), ["meeting 王毅+普京 @莫斯科 2024-03-15 happened", "visit 王毅 @东京 2024-03-16 planned"], "2024-03-16"],
  ["布林肯10日在首尔会见了尹锡悦，之后可能访问北京。", day("10日", "2024-03-10"), ["meeting 布林肯+尹锡悦 @首尔 2024-03-10 happened", "visit 布林肯 @北京 2024-03-12 possible"], "2024-03-12"],
  ["布林肯10日在首爾會見了尹錫悅，之後可能訪問北京。", day("10日", "2024-03-10"), ["meeting 布林肯+尹锡悦 @首尔 2024-03-10 happened", "visit 布林肯 @北京 2024-03-12 possible"], "2024-03-12"],
  // a plan on the document's own day, or a carried date that was done, stays
  ["王毅16日在莫斯科会见了普京，随后将前往东京。", day("16日", "2024-03-16"), ["meeting 王毅+普京 @莫斯科 2024-03-16 happened", "visit 王毅 @东京 2024-03-16 planned"], "2024-03-16"],
  ["王毅16日在莫斯科會見了普京，隨後將前往東京。", day("16日", "2024-03-16"), ["meeting 王毅+普京 @莫斯科 2024-03-16 happened", "visit 王毅 @东京 2024-03-16 planned"], "2024-03-16"],
  ["王毅15日在莫斯科会见了普京，随后前往东京。", day("15日", "2024-03-15"), ["meeting 王毅+普京 @莫斯科 2024-03-15 happened", "visit 王毅 @东京 2024-03-15 happened"], "2024-03-16"],
  ["王毅15日在莫斯科會見了普京，隨後前往東京。", day("15日", "2024-03-15"), ["meeting 王毅+普京 @莫斯科 2024-03-15 happened", "visit 王毅 @东京 2024-03-15 happened"], "2024-03-16"],
  // a plan a speech reports is ahead of the speech, not of the article
  ["拜登9月19日与习近平通电话，当时表示将在东京与岸田文雄会面。", day("9月19日", "2025-09-19"), ["call 拜登+习近平 @- 2025-09-19 happened", "meeting 拜登+岸田文雄 @东京 2025-09-19 planned"], "2025-11-01"],
  ["拜登9月19日與習近平通電話，當時表示將在東京與岸田文雄會面。", day("9月19日", "2025-09-19"), ["call 拜登+习近平 @- 2025-09-19 happened", "meeting 拜登+岸田文雄 @东京 2025-09-19 planned"], "2025-11-01"],
  // a date lent by another plan stays: the text counts it as ahead (a document dated late)
  ["王毅将于15日前往莫斯科，之后前往东京。", day("15日", "2024-03-15"), ["visit 王毅 @莫斯科 2024-03-15 planned", "visit 王毅 @东京 2024-03-15 planned"], "2024-03-18"],
  ["王毅將於15日前往莫斯科，之後前往東京。", day("15日", "2024-03-15"), ["visit 王毅 @莫斯科 2024-03-15 planned", "visit 王毅 @东京 2024-03-15 planned"], "2024-03-18"],
];

const CARRIED: TimeChoice = { from: "2023-01-04", to: "2023-01-18", precision: "part-of-month", rule: "date:carried" };

type S = "planned" | "possible" | "happened";
/** Time, status, the lender's status, document date → the first and last day it gives. */
const CHOICES: [TimeChoice, S, S | undefined, string | null, string | null, string | null][] = [
  [CARRIED, "planned", "happened", "2023-01-18", "2023-01-18", "2023-02-01"],
  [CARRIED, "possible", "happened", "2023-01-18", "2023-01-18", "2023-02-01"],
  [{ ...CARRIED, to: "2023-03-01" }, "planned", "happened", "2023-01-18", "2023-01-18", "2023-03-01"],
  [CARRIED, "happened", "happened", "2023-01-18", "2023-01-04", "2023-01-18"],
  [CARRIED, "planned", "planned", "2023-01-18", "2023-01-04", "2023-01-18"],
  [CARRIED, "planned", undefined, "2023-01-18", "2023-01-04", "2023-01-18"],
  [CARRIED, "planned", "happened", null, "2023-01-04", "2023-01-18"],
  [{ ...CARRIED, rule: "date:clause" }, "planned", "happened", "2023-01-18", "2023-01-04", "2023-01-18"],
  [{ ...CARRIED, from: "2023-01-20", to: "2023-01-20" }, "planned", "happened", "2023-01-18", "2023-01-20", "2023-01-20"],
];

describe("events time plan", () => {
  it.each(ROWS)("should read %s", (sentence, spec, want, published) => {
    expect([...showEvents(sentence, spec, published)].sort()).toEqual([...want].sort());
  });
  it.each(CHOICES)("should move %o (%s, lent by %s, dated %s) to %s..%s", (time, status, lender, dateline, from, to) => {
    const got = planAfterDateline(time, status, lender, dateline);
    expect([got.from, got.to]).toEqual([from, to]);
  });
});

// Table tests of English time expressions: relative to the publication date, tense-aware, never a year too far.
import { describe, expect, it } from "vitest";
import { englishDoc } from "./testing.ts";
import { findTimesEn } from "./times.ts";

// [sentence, published, surface, from, to, precision]
const CASES: [string, string, string, string | null, string | null, string][] = [
  ["Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Washington on Thursday.", "2023-10-26", "Thursday", "2023-10-26", "2023-10-26", "day"],
  ["Blinken hosted Wang at the State Department on Thursday.", "2023-10-27", "Thursday", "2023-10-26", "2023-10-26", "day"],
  ["Wang will meet President Biden on Friday.", "2023-10-26", "Friday", "2023-10-27", "2023-10-27", "day"],
  ["Wang, who met Blinken on Thursday, will meet Biden on Friday.", "2023-10-26", "Friday", "2023-10-27", "2023-10-27", "day"],
  ["Wang is visiting Washington October 26-28.", "2023-10-26", "October 26-28", "2023-10-26", "2023-10-28", "day"],
  ["The two men met on Oct. 26 at the State Department.", "2023-10-27", "Oct. 26", "2023-10-26", "2023-10-26", "day"],
  ["Sullivan and Wang met in Malta on September 16-17.", "2023-10-05", "September 16-17", "2023-09-16", "2023-09-17", "day"],
  ["Sullivan and Wang met in Malta on Sept. 16 and 17.", "2023-10-05", "Sept. 16 and 17", "2023-09-16", "2023-09-17", "day"],
  ["He visited Beijing in July.", "2023-10-26", "in July", "2023-07-01", "2023-07-31", "month"],
  ["He visited Beijing in December.", "2023-10-26", "in December", "2022-12-01", "2022-12-31", "month"],
  ["Xi is expected to visit San Francisco in November.", "2023-10-05", "in November", "2023-11-01", "2023-11-30", "month"],
  ["Xi will travel to Moscow in March.", "2023-10-26", "in March", "2024-03-01", "2024-03-31", "month"],
  ["Biden and Xi last met in November 2022 in Bali.", "2023-10-26", "November 2022", "2022-11-01", "2022-11-30", "month"],
  ["Yellen travelled to Beijing last week.", "2023-07-12", "last week", "2023-07-03", "2023-07-09", "day"],
  ["Raimondo will visit China next month.", "2023-07-12", "next month", "2023-08-01", "2023-08-31", "month"],
  ["Wang is expected to visit Washington later this month.", "2023-10-05", "later this month", "2023-10-05", "2023-10-31", "part-of-month"],
  ["Blinken met Wang Yi today.", "2023-10-26", "today", "2023-10-26", "2023-10-26", "day"],
  ["The two sides held talks yesterday.", "2023-10-27", "yesterday", "2023-10-26", "2023-10-26", "day"],
  ["Sullivan met Wang on 16 September 2023 in Valletta.", "2023-10-26", "16 September 2023", "2023-09-16", "2023-09-16", "day"],
  ["The meeting took place on 2023-10-26.", "2023-10-28", "2023-10-26", "2023-10-26", "2023-10-26", "day"],
  ["Blinken visited Beijing in early June.", "2023-10-26", "early June", "2023-06-01", "2023-06-10", "part-of-month"],
  ["Kerry travelled to China last summer.", "2024-03-01", "last summer", "2023-06-01", "2023-08-31", "season"],
  ["Biden and Xi are expected to speak by phone in the spring.", "2024-01-30", "in the spring", "2024-03-01", "2024-05-31", "season"],
  ["Blinken visited Beijing in the summer.", "2023-10-26", "in the summer", "2023-06-01", "2023-08-31", "season"],
  ["Kerry visited Beijing in the winter.", "2023-10-26", "in the winter", "2022-12-01", "2023-02-28", "season"],
  ["The two leaders met in 2022.", "2023-10-26", "in 2022", "2022-01-01", "2022-12-31", "year"],
  ["Biden said he would meet Xi last Friday, officials said.", "2023-10-26", "last Friday", "2023-10-20", "2023-10-20", "day"],
  ["Wang arrived in Washington on Oct. 26, 2023, for three days of talks.", "2023-11-30", "Oct. 26, 2023", "2023-10-26", "2023-10-26", "day"],
];

describe("english/times", () => {
  it.each(CASES)("should read %j (published %s) as %s", (sentence, published, surface, from, to, precision) => {
    const { doc, sentences } = englishDoc([sentence], published);
    const t = findTimesEn(doc, sentences).times.find((x) => x.surface === surface);
    expect(t, `no time ${surface}`).toBeDefined();
    expect([t!.from, t!.to, t!.precision]).toEqual([from, to, precision]);
  });

  it.each([["Biden may meet Xi."], ["Secretary of State Antony Blinken met Wang."], ["The march on the capital drew crowds."]])(
    "should find no time in %j",
    (sentence) => {
      const { doc, sentences } = englishDoc([sentence]);
      expect(findTimesEn(doc, sentences).times).toEqual([]);
    },
  );

  it("should mark a wire dateline's date, and still infer the document date from it", () => {
    const { doc, sentences } = englishDoc(["WASHINGTON, Oct 26 (Reuters) - Blinken met Wang Yi on Thursday."], null);
    const { times, dateline } = findTimesEn(doc, sentences);
    expect(times.map((t) => [t.surface, t.rule])).toEqual([["Oct 26", "en-dateline"], ["Thursday", "en-weekday"]]);
    expect(dateline).toBeNull();
  });

  it("should infer the dateline from the latest full date when nothing is published", () => {
    const { doc, sentences } = englishDoc(["WASHINGTON, Oct. 27, 2023 – Biden received Wang Yi on Friday."], null);
    const { times, dateline } = findTimesEn(doc, sentences);
    expect(dateline).toMatchObject({ date: "2023-10-27", inferred: true });
    expect(times.find((t) => t.surface === "Friday")?.from).toBe("2023-10-27");
  });
});

// Tests of CorpusYears: the median publication year of the dated articles read so far.
import { describe, expect, it } from "vitest";
import { CorpusYears } from "./corpus-years.ts";

describe("CorpusYears", () => {
  it.each([
    { dates: [], hint: null },
    { dates: [null, null], hint: null },
    { dates: ["2023-10-27T00:00:00Z"], hint: 2023 },
    { dates: ["2023-10-27", "2024-01-05", "2023-11-16"], hint: 2023 },
    { dates: ["2017-04-07", "2018-12-02", "2019-06-29", "2020-01-16", "2020-06-18"], hint: 2019 },
    { dates: ["2024-01-01", "2025-01-01"], hint: 2024 },
    { dates: ["not a date", "2022-12-08", null], hint: 2022 },
  ])("should give $hint for $dates", ({ dates, hint }) => {
    const years = new CorpusYears();
    for (const d of dates) years.add(d);
    expect(years.hint()).toBe(hint);
  });

  it.each([
    { dates: [], latest: null },
    { dates: ["2019-06-29", "2017-04-07", null], latest: 2019 },
    { dates: ["2025-01-01T08:00:00Z", "2024-12-31"], latest: 2025 },
  ])("should give the latest year $latest for $dates", ({ dates, latest }) => {
    const years = new CorpusYears();
    for (const d of dates) years.add(d);
    expect(years.latest()).toBe(latest);
  });
});

import { describe, expect, it } from "vitest";
import { fromEpoch, parseDate } from "./dates.ts";

describe("dates", () => {
  it.each([
    ["05/10/2023 - 01:51", "2023-10-05T01:51"],
    ["28/09/2023 - 19:25", "2023-09-28T19:25"],
    ["10/28/2023", "2023-10-28"],
    ["2023-10-28T10:05:40.549Z", "2023-10-28T10:05:40.549Z"],
    ["2023-10-26", "2023-10-26"],
    ["2023/10/26 10:05", "2023-10-26T10:05"],
    ["2023年10月27日", "2023-10-27"],
    ["2023年10月27日（星期五） 14:05", "2023-10-27T14:05"],
    ["Thu, 26 Oct 2023 22:57:12 GMT", "2023-10-26"],
    ["October 26, 2023", "2023-10-26"],
    ["王毅周四会见布林肯", null],
    ["2023-13-45", null],
  ])("should read %s as %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it("should turn an epoch in milliseconds into an ISO date-time", () => {
    expect(fromEpoch(1696466702000)).toBe("2023-10-05T00:45:02.000Z");
  });
});

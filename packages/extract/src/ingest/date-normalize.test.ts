// Full-width forms, ROC years and hanzi-numeral dates rewritten for the date readers.
import { describe, expect, it } from "vitest";
import { normalizeDateLine, readCnaTail, toHalfWidth } from "./date-normalize.ts";

describe("date-normalize", () => {
  it.each([
    ["２０２２／０８／０３　０９：１５", "2022/08/03 09:15"],
    ["民國111年8月3日", "2022年8月3日"],
    ["中華民國 99 年 1 月 5 日", "2010年 1 月 5 日"],
    ["民国111年8月3日", "2022年8月3日"],
    ["111年8月3日", "2022年8月3日"],
    ["發布日期：111-08-03", "發布日期:2022-08-03"],
    ["111.08.03", "2022.08.03"],
    ["二〇二二年八月三日", "2022年8月3日"],
    ["二〇二二年十月二十日", "2022年10月20日"],
    ["2022年8月3日", "2022年8月3日"],
    ["10:15:30", "10:15:30"],
    ["共111人", "共111人"],
  ])("should rewrite %s as %s", (text, want) => {
    expect(normalizeDateLine(text)).toBe(want);
  });

  it("should keep the length when it turns full width into half width", () => {
    const text = "發佈時間：２０２２－０８－０３（三）";
    expect(toHalfWidth(text)).toHaveLength(text.length);
  });

  it.each([
    ["（編輯：陳小華）1110803", "2022-08-03"],
    ["(编辑：陈小华)1121115", "2023-11-15"],
    ["（譯者：陳小華/核稿：李大同）1111231", "2022-12-31"],
    ["（編輯：陳小華）1111331", null],
    ["（陳小華）1110803", null],
    ["1110803", null],
  ])("should read the CNA tail %s as %s", (text, date) => {
    expect(readCnaTail(text)).toBe(date);
  });
});

// Date lines under the story, read when none stands above it: Markdown, plain text, RSS and HTML fragments.
import { describe, expect, it } from "vitest";
import { takeBottomDateLine } from "./date-line-bottom.ts";
import { parseContent } from "./detect.ts";

const T = "美國國務卿布林肯週二在華府與中國外長王毅會談，\n雙方同意維持溝通管道。\n\n國務院發言人表示，會談坦率且具建設性，兩人將於下月再度會面。";
const S = "美国国务卿布林肯周二在华府与中国外长王毅会谈，\n双方同意维持沟通管道。\n\n国务院发言人表示，会谈坦率且具建设性，两人将于下月再度会面。";

/** A tail under the body, the date it states (null: none). */
const ROWS: [tail: string, date: string | null][] = [
  ["（2022/08/03 09:15）", "2022-08-03T09:15"],
  ["責任編輯：陳小華 2022-08-03", "2022-08-03"],
  ["责任编辑：陈小华\n\n2022-08-03 09:15", "2022-08-03T09:15"],
  ["【版權所有】2022-08-03", "2022-08-03"],
  ["（編輯：陳小華）1110803", "2022-08-03"],
  ["（譯者：陳小華/核稿：李大同）1111231", "2022-12-31"],
  ["發稿時間：２０２２／０８／０３", "2022-08-03"],
  ["民國111年8月3日", "2022-08-03"],
  ["更新时间：2022-08-04 10:00\n\n发布时间：2022-08-03 09:15", "2022-08-03T09:15"],
  ["延伸閱讀\n\n美中外長會談\n\n2022-07-01", null],
  ["相关新闻\n\n2022-07-01 09:00", null],
  ["**2019年10月11日**\n\n習近平抵達金奈，與莫迪舉行非正式會晤。", null],
  ["", null],
];

describe("date-line-bottom", () => {
  it.each(ROWS)("should read a plain text tail %s as %s", (tail, date) => {
    const text = `布林肯王毅會談\n\n${/[华与]/.test(tail) ? S : T}\n\n${tail}\n`;
    expect(parseContent(text, ".txt").published).toBe(date);
  });

  it.each(ROWS)("should read a Markdown tail %s as %s", (tail, date) => {
    expect(parseContent(`# 布林肯王毅會談\n\n${T}\n\n${tail}\n`, ".md").published).toBe(date);
  });

  it("should prefer a date line above the story to one under it", () => {
    expect(parseContent(`# 布林肯王毅會談\n\n2022/08/02 20:00\n\n${T}\n\n（2022/08/03 09:15）\n`, ".md").published).toBe("2022-08-02T20:00");
  });

  it("should read the date closing the last paragraph, and remove a date line it takes", () => {
    expect(takeBottomDateLine([{ text: "雙方同意維持溝通管道。（2022/08/03 09:15）" }])).toBe("2022-08-03T09:15");
    const blocks = [{ text: "雙方同意維持溝通管道。" }, { text: "（2022/08/03 09:15）" }, { text: "分享" }];
    expect(takeBottomDateLine(blocks)).toBe("2022-08-03T09:15");
    expect(blocks.map((b) => b.text)).toEqual(["雙方同意維持溝通管道。", "分享"]);
  });

  it("should read a date line under an HTML fragment's story", () => {
    expect(parseContent(`<h2>布林肯王毅會談</h2><p>${T}</p><p>（2022/08/03 09:15）</p>`, ".html").published).toBe("2022-08-03T09:15");
  });
});

describe("date-line-lead", () => {
  it.each([
    ["2022/08/03 09:15（中央社記者陳小華華盛頓2日專電）美國國務卿布林肯表示，將與王毅會談。", "2022-08-03T09:15"],
    ["２０２２／０８／０３ ０９：１５　美國國務卿布林肯表示，將與王毅會談。", "2022-08-03T09:15"],
    ["【2022-08-03 09:15】美国国务卿布林肯表示，将与王毅会谈。", "2022-08-03T09:15"],
    ["2022年08月03日 09:15 美国国务卿布林肯表示，将与王毅会谈。", "2022-08-03T09:15"],
    ["2022年8月3日，美國國務卿布林肯表示，將與王毅會談。", null],
    ["2022年8月3日上午，美国国务卿布林肯表示，将与王毅会谈。", null],
  ])("should read the stamp opening %s as %s", (text, date) => {
    expect(parseContent(`# 布林肯王毅會談\n\n${text}\n`, ".md").published).toBe(date);
  });
});

describe("date-lines window", () => {
  it("should not count an image's captions against the window near the top", () => {
    const figures = Array.from({ length: 7 }, (_, i) => `![布林肯與王毅握手，圖為第${i + 1}張照片](https://example.com/${i}.jpg)\n\n`).join("");
    expect(parseContent(`# 布林肯王毅會談\n\n${figures}2022/08/03 09:15\n\n${T}\n`, ".md").published).toBe("2022-08-03T09:15");
  });

  it("should read an RSS dump's date line under a lead and a caption", () => {
    const rss = `[布林肯王毅會談](https://example.com/a)\n------\n\n<p>布林肯王毅會談要點</p><figure><img src="a.jpg"><figcaption>布林肯與王毅握手</figcaption></figure><p>分享到臉書</p><p>加入好友</p><p>2022-08-03 09:15 聯合報／ 記者陳小華／華盛頓報導</p><p>${T}</p>`;
    expect(parseContent(rss, ".txt").published).toBe("2022-08-03T09:15");
  });
});

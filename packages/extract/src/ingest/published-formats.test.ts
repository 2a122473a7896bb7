// The publication date through every reader: RSS dump, Jekyll, Markdown, HTML, plain text decoded from Big5 and GB18030.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "./decode.ts";
import { parseContent } from "./detect.ts";

const T = "美國國務卿布林肯週二在華府與中國外長王毅會談，雙方同意維持溝通管道。";
const S = "美国国务卿布林肯周二在华府与中国外长王毅会谈，双方同意维持沟通管道。";

/** A file's text, its extension, the date it states. */
const ROWS: [what: string, text: string, ext: string, date: string | null][] = [
  ["an RSS dump with a byline date line", `<!--1659489300000-->\n[布林肯王毅會談](https://example.com/a)\n------\n\n<div>2022-08-03 09:15 聯合報／ 編譯陳小華／即時報導</div><p>${T}</p>`, ".txt", "2022-08-03T09:15"],
  ["Jekyll with a Chinese date", `---\ntitle: 布林肯王毅会谈\ndate: 2022年8月3日 星期三 09:15\n---\n\n${S}\n`, ".md", "2022-08-03T09:15"],
  ["Jekyll with published_at", `---\ntitle: 布林肯王毅会谈\npublished_at: "2022-08-03 09:15:00 +0800"\n---\n\n${S}\n`, ".md", "2022-08-03T09:15"],
  ["Jekyll with a ROC date", `---\ntitle: 布林肯王毅會談\ndate: 民國111年8月3日\n---\n\n${T}\n`, ".md", "2022-08-03"],
  ["Markdown: a date in a list item", `# 布林肯王毅會談\n\n- 記者陳小華／台北報導\n- 2022/08/03 09:15\n\n${T}\n`, ".md", "2022-08-03T09:15"],
  ["Markdown: a date in a blockquote", `# 布林肯王毅会谈\n\n> 发布时间：2022-08-03 09:15\n\n${S}\n`, ".md", "2022-08-03T09:15"],
  ["Markdown: an underscored date", `# 布林肯王毅会谈\n\n_2022年8月3日 09:15_\n\n${S}\n`, ".md", "2022-08-03T09:15"],
  ["Markdown: a full-width date", `# 布林肯王毅會談\n\n２０２２／０８／０３　０９：１５\n\n${T}\n`, ".md", "2022-08-03T09:15"],
  ["text: a ROC date line", `布林肯王毅會談\n\n中華民國111年8月3日（星期三）\n\n${T}\n`, ".txt", "2022-08-03"],
  ["text: an English byline", `Blinken meets Wang Yi\n\nBy Jane Doe, Aug. 3, 2022\n\n${T}\n`, ".txt", "2022-08-03"],
  ["HTML: a date line under the story", `<html><body><h1>布林肯王毅會談</h1><p>${T}</p><p>${T}</p><p>（2022/08/03 09:15）</p></body></html>`, ".html", "2022-08-03T09:15"],
  ["text: a body date only", `布林肯王毅會談\n\n2022年8月3日，${T}\n`, ".txt", null],
];

describe("published date in every format", () => {
  it.each(ROWS)("should read %s", (_, text, ext, date) => {
    expect(parseContent(text, ext).published).toBe(date);
  });

  it.each([
    ["big5", `布林肯王毅會談\n\n發稿時間：２０２２／０８／０３　０９：１５\n\n${T}\n`],
    ["big5", `布林肯王毅會談\n\n${T}\n\n國務院表示，會談坦率且具建設性，兩人將於下月再度會面。\n\n（編輯：陳小華）1110803\n`],
    ["gb18030", `布林肯王毅会谈\n\n二〇二二年八月三日 星期三\n\n${S}\n`],
  ])("should read the date of plain text decoded from %s", (encoding, text) => {
    const decoded = decode(iconv.encode(text, encoding));
    expect(decoded.encoding).toBe(encoding);
    expect(parseContent(decoded.text, ".txt").published?.slice(0, 10)).toBe("2022-08-03");
  });
});

// A CNA-style date line (2023/11/17 10:35) alone near the top of Markdown or plain text is the publication date.
import { describe, expect, it } from "vitest";
import { findTimes } from "../time/find.ts";
import { buildDocument } from "./document.ts";
import { parseMarkdown } from "./markdown.ts";
import { parseText } from "./text.ts";

const BODY_T = "（中央社記者華盛頓16日專電）美國總統拜登16日表示，本月下旬將與習近平再次通話。\n";
const BODY_S = "（中央社记者华盛顿16日专电）美国总统拜登16日表示，本月下旬将与习近平再次通话。\n";

const TOPS: [string, string][] = [
  ["a # title, a blank line, the date", "# 拜登習近平會談\n\n2023/11/17 10:35\n\n"],
  ["the date right under the title", "# 拜登习近平会谈\n2023/11/17 10:35\n"],
  ["a date with seconds", "# 拜登習近平會談\n\n2023/11/17 10:35:20\n\n"],
  ["a bold date", "# 拜登习近平会谈\n\n**2023/11/17 10:35**\n\n"],
  ["an update stamp beside the date", "# 拜登習近平會談\n\n2023/11/17 10:35（11/17 11:02 更新）\n\n"],
  ["five chrome lines above the title", "首頁\n\n國際\n\n分享\n\n字級\n\n列印\n\n拜登習近平會談\n\n2023/11/17 10:35\n\n"],
  ["chrome lines without blank lines", "首页\n国际\n分享\n字级\n列印\n拜登习近平会谈\n2023/11/17 10:35\n"],
];

describe("date line at the top", () => {
  it.each(TOPS)("should read the date line in Markdown: %s", (_, top) => {
    const parsed = parseMarkdown(top + (/[習會]/.test(top) ? BODY_T : BODY_S));
    expect(parsed.published).toBe("2023-11-17T10:35");
    expect(parsed.blocks.some((b) => b.text.includes("2023/11/17"))).toBe(false);
  });

  it.each(TOPS)("should read the date line in plain text: %s", (_, top) => {
    const parsed = parseText(top.replace(/^# /gm, "").replace(/\*\*/g, "") + BODY_S);
    expect(parsed.published).toBe("2023-11-17T10:35");
  });

  it.each([
    ["md", BODY_T],
    ["txt", BODY_S],
  ])("should anchor 16日 and 本月下旬 in the date line's month (.%s)", (ext, body) => {
    const doc = buildDocument(`# 拜登習近平會談\n\n2023/11/17 10:35\n\n${body}`, { id: "cna", path: `cna.${ext}`, ext: `.${ext}`, encoding: "utf-8" });
    const { times, dateline } = findTimes(doc, []);
    expect(dateline?.date).toBe("2023-11-17");
    // 華盛頓16日專電 · 拜登16日 · 本月下旬
    expect(times.map((t) => t.from)).toEqual(["2023-11-16", "2023-11-16", "2023-11-21"]);
  });
});

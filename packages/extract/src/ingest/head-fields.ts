// Labelled fields atop pages copied as text (reader tools): "Title: …", "URL Source: …", "Markdown Content:".
import { stripSiteSuffix } from "./page-title.ts";

// Title: 王毅访美 | 联合早报 / 標題：美中外長會談
const TITLE = /^(?:Title|标题|標題)\s*[:：]\s*(.{2,200})$/i;
// URL Source: https://www.zaobao.com.sg/… / 原文链接：https://…
const URL_LINE = /^(?:URL(?:\s*Source)?|Source\s*URL|Link|原文链接|原文連結|原文鏈接|链接|鏈接|網址|网址)\s*[:：]\s*(https?:\/\/\S+)$/i;
// Markdown Content: (the body starts below)
const MARKER = /^(?:Markdown\s+Content|Content|正文)\s*[:：]$/i;

/** The title and URL a page's labelled head lines state. */
export interface HeadFields {
  title: string | null;
  url: string | null;
}

/** Reads and removes labelled head lines among the first `window` blocks. */
export function takeHeadFields(blocks: { text: string }[], window = 6): HeadFields {
  const fields: HeadFields = { title: null, url: null };
  for (let i = 0; i < Math.min(window, blocks.length); i++) {
    const text = blocks[i]!.text;
    const t = fields.title === null ? TITLE.exec(text) : null;
    const u = fields.url === null ? URL_LINE.exec(text) : null;
    if (t) fields.title = stripSiteSuffix(t[1]!.trim());
    else if (u) fields.url = u[1]!;
    else if (!MARKER.test(text)) continue;
    blocks.splice(i--, 1);
    window--;
  }
  return fields;
}

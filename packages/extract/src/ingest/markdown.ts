// Markdown and plain text → blocks: # title, headings, **bold** lines, images (even broken over two lines).
import { takeBottomDateLine } from "./date-line-bottom.ts";
import { readLeadStamp } from "./date-line-lead.ts";
import { takeDateLines } from "./date-lines.ts";
import { takeHeadFields } from "./head-fields.ts";
import { findTitle, isHeadlineLike, isSiteName, standsAlone } from "./head-lines.ts";
import { TextBuilder } from "./offsets.ts";
import { stripSiteSuffix } from "./page-title.ts";
import type { Block, Parsed } from "./types.ts";

/** Options of `parseMarkdown`. */
export interface MarkdownOptions {
  /** Offset of the text in the decoded source. */
  base: number;
  /** Read Markdown markup; false for plain text. */
  markup: boolean;
  /** Without a # title, take the first headline-like line near the top as the title. */
  findTitle: boolean;
}

/** Default options of `parseMarkdown`. */
export const DEFAULT_MARKDOWN_OPTIONS: MarkdownOptions = { base: 0, markup: true, findTitle: true };

// ![](https://inews.gtimg.com/om_bt/OHsm…-\nwxADrLsQAA/1000): the URL may wrap onto the next line
const IMAGE = /!\[([^\]\n]*)\]\(([^)\n]*(?:\n[^)\n]*)?)\)/g;
// [text](url) and emphasis markers inside a line
const INLINE = /\[([^\]\n]*)\]\([^)\n]*\)|\*\*|__|`/g;
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const PREFIX = /^(?:>\s*|[-*+]\s+|\d{1,3}[.)]\s+)/;
const BOLD_LINE = /^\*\*(.+)\*\*$/;
const SENTENCE_END = /[。！？!?；;：:]$/;
const SUBHEAD_MAX = 30;
/** Non-empty lines at the top that may be date, source or breadcrumb lines. */
const HEAD_LINES = 12;
const ENDS_PARAGRAPH = /[。！？!?；;”」』"）)：:]/;
const PUNCTUATED = /[，。！？；：、,.!?;:丨|｜]/;

/** Parses Markdown (or plain text when `markup` is false) into a title and blocks. */
export function parseMarkdown(text: string, options: Partial<MarkdownOptions> = {}): Parsed {
  const { base, markup, findTitle: lookForTitle } = { ...DEFAULT_MARKDOWN_OPTIONS, ...options };
  const blocks: Block[] = [];
  const builder = new TextBuilder();
  let title: string | null = null;

  // With blank lines between paragraphs, the lines of one paragraph are joined (hard-wrapped text);
  // without any, every line is a paragraph.
  const joinLines = /\n[ \t\u3000]*\r?\n/.test(text);
  let lines = 0;
  let firstKind: Block["kind"] = "text";
  let lastChar = "";
  // the head (lines before the first blank line) and lines such as 来源：… or a date line are never joined
  let head = true;
  let lastAlone = false;
  let lastHeadline = false;
  let seen = 0;

  const emit = (kind: Block["kind"]): void => {
    const taken = builder.take();
    if (taken) blocks.push({ kind, ...taken, linkShare: 0 });
  };
  const flush = (): void => {
    if (lines > 0) emit(lines === 1 ? firstKind : "text");
    lines = 0;
  };

  const line = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s === e) {
      if (lines > 0 || blocks.length > 0) head = false;
      flush();
      return;
    }
    let raw = text.slice(s, e);
    // only the top of a text holds such lines: checking them further down would cost every line a regex pass
    const alone = joinLines && seen++ < HEAD_LINES && standsAlone(raw);
    // a line that ends a sentence ends the paragraph too; only mid-sentence wraps are joined
    if (!joinLines || ENDS_PARAGRAPH.test(lastChar) || alone || lastAlone || (head && lastHeadline)) flush();
    lastAlone = alone;
    lastHeadline = head && isHeadlineLike(raw, 1);
    if (markup) {
      const h = HEADING.exec(raw);
      if (h) {
        flush();
        const content = h[2]!;
        if (title === null && h[1] === "#") title = content;
        else if (content !== title) {
          inline(content, s + raw.indexOf(content));
          emit("heading");
        }
        return;
      }
      const p = PREFIX.exec(raw);
      if (p) {
        flush();
        s += p[0].length;
        raw = raw.slice(p[0].length);
      }
    }
    if (lines === 0) {
      if (title !== null && raw === title) return;
      const b = markup ? BOLD_LINE.exec(raw) : null;
      if (b && b[1]!.length <= 40 && !SENTENCE_END.test(b[1]!)) firstKind = "heading";
      // 中美高层互动频繁 释放积极信号: a short line without punctuation
      else if (raw.length <= SUBHEAD_MAX && !PUNCTUATED.test(raw) && /\p{Script=Han}/u.test(raw)) firstKind = "heading";
      else firstKind = "text";
    } else {
      builder.lineBreak(base + s - 1);
    }
    if (markup) inline(raw, s);
    else builder.append(raw, base + s);
    lines++;
    lastChar = raw[raw.length - 1]!;
  };

  const inline = (raw: string, at: number): void => {
    let from = 0;
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(raw); m; m = INLINE.exec(raw)) {
      if (m.index > from) builder.append(raw.slice(from, m.index), base + at + from);
      if (m[1] !== undefined) builder.append(m[1], base + at + m.index + 1);
      from = m.index + m[0].length;
    }
    if (from < raw.length) builder.append(raw.slice(from), base + at + from);
  };

  const images: { start: number; end: number; alt: string }[] = [];
  if (markup) {
    IMAGE.lastIndex = 0;
    for (let m = IMAGE.exec(text); m; m = IMAGE.exec(text)) {
      images.push({ start: m.index, end: m.index + m[0].length, alt: m[1]!.trim() });
    }
  }
  let pos = 0;
  let next = 0;
  while (pos < text.length) {
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = text.length;
    const image = images[next];
    if (image && image.start < lineEnd) {
      line(pos, image.start);
      flush();
      if (image.alt) {
        builder.append(image.alt, base + image.start + 2);
        emit("caption");
      }
      pos = image.end;
      next++;
      continue;
    }
    line(pos, lineEnd);
    pos = lineEnd + 1;
  }
  flush();
  // 2023-10-05 10:00 or 发布时间：2023年10月5日 alone near the top is the publication date
  const fields = takeHeadFields(blocks);
  // （2023/04/15 10:32） or 責任編輯：王小明 2023-04-15 under the story when none is above it
  // and 2023/04/15 10:32（中央社…電）… opening the story
  const published = takeDateLines(blocks) ?? takeBottomDateLine(blocks) ?? readLeadStamp(blocks);
  // "# 联合早报": a site's name is not the headline
  if (title !== null && isSiteName(title)) title = null;
  if (fields.title) title = fields.title;
  else if (title === null && lookForTitle) {
    // 香港01 ＞ 中國 / 標題 / 出版：…: the chrome above the headline goes with it
    const i = findTitle(blocks);
    if (i >= 0) title = blocks.splice(0, i + 1)[i]!.text;
  }
  if (title !== null) title = stripSiteSuffix(title, true);
  return { format: markup ? "markdown" : "text", title, url: fields.url, author: null, published, blocks };
}

// Full HTML pages (and fragments): headline, published date, author, canonical URL, body paragraphs.
import { takeBottomDateLine } from "./date-line-bottom.ts";
import { takeDateLines } from "./date-lines.ts";
import { parseDate } from "./dates.ts";
import { isHeadlineLike } from "./head-lines.ts";
import { htmlToBlocks } from "./html-body.ts";
import { readMeta } from "./html-meta.ts";
import { pageTitle, sameHeadline } from "./page-title.ts";
import type { Block, Parsed } from "./types.ts";

/** True when the text starts like an HTML page or is mostly HTML markup. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body)/.test(head)) return true;
  return /<(?:p|div|br|span|h[1-6]|article|section|img)\b[^>]*>/.test(head);
}

/** True when the text is a whole page (has <html>, <head> or <body>). */
export function looksLikePage(text: string): boolean {
  return /<(?:html|head|body)\b/i.test(text.slice(0, 8192));
}

/** Blocks after the headline that may hold the date line. */
const DATE_LINE_WINDOW = 6;

/** Parses a whole HTML page found at `base` in the source. */
export function parseHtmlPage(html: string, base = 0): Parsed {
  // the <article> element, when the page has one, holds the story without the page around it
  const open = html.search(/<article\b/i);
  const close = html.lastIndexOf("</article>");
  const blocks = open >= 0 && close > open ? htmlToBlocks(html.slice(open, close), { base: base + open }) : htmlToBlocks(html, { base });
  return withMeta(html, blocks);
}

/**
 * Parses an HTML fragment (no page around it): og:title or the first <h1>, date-ish elements, blocks;
 * `known` is a title stated elsewhere (front matter), which wins.
 */
export function parseHtmlFragment(html: string, base = 0, known: string | null = null): Parsed {
  return withMeta(html, htmlToBlocks(html, { base }), known);
}

/** The metadata of a page or fragment, its headline and date lines taken out of the blocks. */
function withMeta(html: string, blocks: Block[], known: string | null = null): Parsed {
  const meta = readMeta(html);
  // a fragment that opens with a heading and states nothing else: the heading
  const first = blocks[0];
  const title = known ?? pageTitle(meta) ?? (first?.kind === "heading" && isHeadlineLike(first.text, 2) ? first.text : null);
  const top = title ? blocks.findIndex((b) => b.kind === "heading" && sameHeadline(b.text, title)) : -1;
  if (top >= 0 && top < 3) blocks.splice(top, 1);
  // a date line alone near the headline (<time>2023年10月27日</time>, 發佈時間：…) is metadata, not text;
  // one above it may be the site's "today" bar
  const after = Math.max(0, top);
  const lineDate = takeDateLines(blocks, DATE_LINE_WINDOW, after) ?? (after > 0 ? takeDateLines(blocks, after) : null);
  const line = meta.dateLine?.label === "updated" ? null : meta.dateLine?.date;
  // the first statement that reads as a date: published meta, a date line, <time datetime>, then updated ones
  let published: string | null = null;
  for (const stated of [meta.published, line, meta.time, lineDate, meta.dateLine?.date, meta.modified]) {
    published = stated ? (parseDate(stated) ?? parseDate(stated.slice(0, 10))) : null;
    if (published) break;
  }
  // a date line under the story, when nothing above it or in the head says when
  published ??= takeBottomDateLine(blocks);
  return { format: "html", title, url: meta.url, author: meta.author, published, blocks };
}

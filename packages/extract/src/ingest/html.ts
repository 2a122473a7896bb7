// Full HTML pages (and fragments): title, og:title, published time, author, canonical URL, body paragraphs.
import { Parser } from "htmlparser2";
import { parseDate, takeDateLine } from "./dates.ts";
import { htmlToBlocks } from "./html-body.ts";
import type { Parsed } from "./types.ts";

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

interface PageMeta {
  title: string | null;
  ogTitle: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  time: string | null;
}

const PUBLISHED_META = new Set(["article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date", "datepublished", "article.published"]);
const AUTHOR_META = new Set(["author", "article:author", "dc.creator", "parsely-author", "sailthru.author"]);

/** Reads the page's metadata with one pass of the parser (head and the first <time datetime>). */
function readMeta(html: string): PageMeta {
  const meta: PageMeta = { title: null, ogTitle: null, published: null, author: null, url: null, time: null };
  let inTitle = false;
  let title = "";
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === "title" && meta.title === null) inTitle = true;
        else if (name === "meta") {
          const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
          const content = a.content?.trim();
          if (!content) return;
          if (key === "og:title" || key === "twitter:title") meta.ogTitle ??= content;
          else if (PUBLISHED_META.has(key)) meta.published ??= content;
          else if (AUTHOR_META.has(key) && !/^https?:/.test(content)) meta.author ??= content;
          else if (key === "og:url") meta.url ??= content;
        } else if (name === "link" && a.rel?.toLowerCase() === "canonical" && a.href) meta.url = a.href;
        else if (name === "time" && a.datetime) meta.time ??= a.datetime;
      },
      ontext(t) {
        if (inTitle) title += t;
      },
      onclosetag(name) {
        if (name === "title" && inTitle) {
          inTitle = false;
          meta.title = title.replace(/\s+/g, " ").trim() || null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return meta;
}

// "王毅访美 - BBC News 中文", "标题 | 联合早报": the site name follows the last separator
const SITE_SUFFIX = /\s+[-|–—_｜]\s+[^-|–—_｜]{1,40}$/;
const DATE_LD = /"datePublished"\s*:\s*"([^"]{8,40})"/;

/** Parses a whole HTML page found at `base` in the source. */
export function parseHtmlPage(html: string, base = 0): Parsed {
  const meta = readMeta(html);
  // the <article> element, when the page has one, holds the story without the page around it
  const open = html.search(/<article\b/i);
  const close = html.lastIndexOf("</article>");
  const blocks = open >= 0 && close > open ? htmlToBlocks(html.slice(open, close), { base: base + open }) : htmlToBlocks(html, { base });
  const h1 = blocks.find((b) => b.kind === "heading");
  const title = meta.ogTitle ?? h1?.text ?? meta.title?.replace(SITE_SUFFIX, "") ?? null;
  if (title) {
    const i = blocks.findIndex((b) => b.kind === "heading" && b.text === title);
    if (i >= 0 && i < 3) blocks.splice(i, 1);
  }
  // a date line alone near the top (<time>2023年10月27日</time>) is metadata, not text
  const lineDate = takeDateLine(blocks);
  const stated = meta.published ?? DATE_LD.exec(html)?.[1] ?? meta.time ?? lineDate;
  return {
    format: "html",
    title,
    url: meta.url,
    author: meta.author,
    published: stated ? parseDate(stated) ?? parseDate(stated.slice(0, 10)) : null,
    blocks,
  };
}

/** Parses an HTML fragment (no page around it): blocks only. */
export function parseHtmlFragment(html: string, base = 0): Parsed {
  return { format: "html", title: null, url: null, author: null, published: null, blocks: htmlToBlocks(html, { base }) };
}

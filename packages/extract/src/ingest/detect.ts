// Picks the reader from the content (the extension only breaks ties): Jekyll, RSS dump, HTML, Markdown, text.
import type { DocumentFormat } from "../model.ts";
import { looksLikeHtml, looksLikePage, parseHtmlFragment, parseHtmlPage } from "./html.ts";
import { looksLikeJekyll, parseJekyll } from "./jekyll.ts";
import { parseMarkdown } from "./markdown.ts";
import { looksLikeRss, parseRss } from "./rss.ts";
import { parseText } from "./text.ts";
import type { Parsed } from "./types.ts";

const MARKDOWN_HINT = /^(?:#{1,6}[ \t]|!\[|\*\*|>\s|[-*+][ \t])|\]\(https?:/m;

/** The format a text is written in; `ext` (".md", ".html" …) settles Markdown vs text. */
export function detectFormat(text: string, ext = ""): DocumentFormat {
  if (looksLikeJekyll(text)) return "jekyll";
  if (looksLikeRss(text)) return "rss";
  if (looksLikeHtml(text)) return "html";
  if (ext === ".md" || ext === ".markdown" || MARKDOWN_HINT.test(text.slice(0, 8192))) return "markdown";
  return "text";
}

/** Parses a text with the reader its content calls for. */
export function parseContent(text: string, ext = ""): Parsed {
  switch (detectFormat(text, ext)) {
    case "jekyll":
      return parseJekyll(text);
    case "rss":
      return parseRss(text);
    case "html":
      return looksLikePage(text) ? parseHtmlPage(text) : parseHtmlFragment(text);
    case "markdown":
      return parseMarkdown(text);
    default:
      return parseText(text);
  }
}

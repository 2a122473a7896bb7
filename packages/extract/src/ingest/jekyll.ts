// Jekyll posts: YAML front matter (title, date, author, from) over a body that may be an RSS dump, HTML or Markdown.
import yaml from "js-yaml";
import { readDateLine } from "./date-lines.ts";
import { parseDate } from "./dates.ts";
import { looksLikeRss, parseRss } from "./rss.ts";
import { looksLikeHtml, parseHtmlFragment } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";
import type { Parsed } from "./types.ts";

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

// date: / published: / pubDate: / 發布時間: the keys that state when a post was published, best first
const DATE_KEYS = "date published pubDate pubdate published_at publish_date publishDate datePublished created created_at time 日期 发布时间 發布時間 發佈時間".split(" ");

/** True when the text opens with YAML front matter. */
export function looksLikeJekyll(text: string): boolean {
  return FRONT_MATTER.test(text.slice(0, 16_384));
}

const str = (v: unknown): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (v instanceof Date) return v.toISOString();
  return null;
};

/** Parses a Jekyll post; front matter wins over what the body says. */
export function parseJekyll(text: string): Parsed {
  const m = FRONT_MATTER.exec(text);
  if (!m) return parseMarkdown(text);
  let meta: Record<string, unknown> = {};
  try {
    // CORE_SCHEMA keeps dates as the strings the file wrote.
    const loaded = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA });
    if (loaded && typeof loaded === "object") meta = loaded as Record<string, unknown>;
  } catch {
    // malformed front matter: read the body alone
  }
  const at = m[0].length;
  const bodyText = text.slice(at);
  const body = looksLikeRss(bodyText)
    ? parseRss(bodyText, at)
    : looksLikeHtml(bodyText)
      ? parseHtmlFragment(bodyText, at, str(meta.title))
      : parseMarkdown(bodyText, { base: at, findTitle: str(meta.title) === null });
  const date = DATE_KEYS.map((k) => str(meta[k])).find((v) => v !== null) ?? null;
  return {
    format: "jekyll",
    title: str(meta.title) ?? body.title,
    url: str(meta.from) ?? str(meta.url) ?? str(meta.link) ?? str(meta.source) ?? str(meta.canonical_url) ?? body.url,
    author: str(meta.author) ?? body.author,
    // date: 2023年4月15日 星期六 10:32 / 民國112年4月15日: read as a date line when not a plain date
    published: (date && (parseDate(date) ?? readDateLine(date)?.date ?? null)) ?? body.published,
    blocks: body.blocks,
  };
}

// A page's metadata in one parser pass: <title>, og:title, the first <h1>, published/updated meta, date-ish elements.
import { Parser } from "htmlparser2";
import { betterDateLine, readDateLine } from "./date-lines.ts";
import type { DateLine } from "./date-lines.ts";

/** What the head and the date-ish elements of a page say. */
export interface PageMeta {
  title: string | null;
  ogTitle: string | null;
  h1: string | null;
  /** A published date from <meta>, JSON-LD or an itemprop, as written. */
  published: string | null;
  /** A modified date from <meta>, as written (used only when nothing says published). */
  modified: string | null;
  author: string | null;
  url: string | null;
  /** The first <time datetime>. */
  time: string | null;
  /** The best date line among <time> and elements with a date-ish class (published over plain over updated). */
  dateLine: DateLine | null;
}

const PUBLISHED_META = new Set(
  ("article:published_time og:published_time og:release_date pubdate publishdate publish-date publish_date publishtime publish_time pubtime " +
    "date dc.date dc.date.issued dcterms.date dcterms.created dcterms.issued parsely-pub-date sailthru.date datepublished article.published " +
    "article:published citation_publication_date citation_date release_date created").split(" "),
);
const MODIFIED_META = new Set("article:modified_time og:updated_time datemodified lastmod last-modified dcterms.modified".split(" "));
const AUTHOR_META = new Set(["author", "article:author", "dc.creator", "parsely-author", "sailthru.author"]);
// class="updatetime", "pubtime", "post-date", "article-time", "meta", "date"; id="pubtime_baidu"
const DATEISH = /date|time|pub|publish|post-?meta|meta|info|byline|stamp/i;
/** Text collected per date-ish element; a longer one is not a date line anyway. */
const TEXT_MAX = 160;
/** Nested date-ish elements that collect text at once. */
const NESTED_MAX = 4;

interface Open {
  dateish: boolean;
  text: string;
}

/** Reads a page's metadata with one pass of the parser. */
export function readMeta(html: string): PageMeta {
  const meta: PageMeta = { title: null, ogTitle: null, h1: null, published: null, modified: null, author: null, url: null, time: null, dateLine: null };
  let inTitle = false;
  let title = "";
  let h1 = -1;
  let h1Text = "";
  let skip = 0;
  const open: Open[] = [];
  // the open date-ish elements; only the innermost few collect text, so unclosed tags stay linear
  const live: Open[] = [];
  // dates before the headline may be the site's "today" bar; after it they are the article's
  let early: DateLine | null = null;
  let late: DateLine | null = null;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === "script" || name === "style") skip++;
        if (name === "title" && meta.title === null) inTitle = true;
        else if (name === "h1" && h1 === -1) h1 = open.length;
        else if (name === "meta" && a.content?.trim()) {
          const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
          const content = a.content.trim();
          if (key === "og:title" || key === "twitter:title") meta.ogTitle ??= content;
          else if (PUBLISHED_META.has(key)) meta.published ??= content;
          else if (MODIFIED_META.has(key)) meta.modified ??= content;
          else if (AUTHOR_META.has(key) && !/^https?:/.test(content)) meta.author ??= content;
          else if (key === "og:url") meta.url ??= content;
        } else if (name === "link" && a.rel?.toLowerCase() === "canonical" && a.href) meta.url = a.href;
        if (a.itemprop?.toLowerCase() === "datepublished") meta.published ??= a.datetime ?? a.content ?? null;
        if (name === "time" && a.datetime) meta.time ??= a.datetime;
        const o = { dateish: name === "time" || DATEISH.test(a.class ?? "") || DATEISH.test(a.id ?? ""), text: "" };
        open.push(o);
        if (o.dateish) live.push(o);
      },
      ontext(t) {
        if (skip > 0) return;
        if (inTitle) title += t;
        if (h1 >= 0) h1Text += t;
        for (let i = live.length - 1; i >= Math.max(0, live.length - NESTED_MAX); i--) {
          const o = live[i]!;
          if (o.text.length <= TEXT_MAX) o.text += t;
        }
      },
      onclosetag(name) {
        if (name === "script" || name === "style") skip = Math.max(0, skip - 1);
        if (name === "title" && inTitle) {
          inTitle = false;
          meta.title = clean(title);
        }
        const o = open.pop();
        if (o?.dateish) live.pop();
        if (h1 >= 0 && open.length <= h1) {
          meta.h1 = clean(h1Text);
          // an empty <h1> (a logo image) does not count; the next one may be the headline
          h1 = meta.h1 === null ? -1 : -2;
          h1Text = "";
        }
        if (o?.dateish && o.text.length <= TEXT_MAX) {
          const line = readDateLine(clean(o.text) ?? "");
          if (h1 === -1) early = betterDateLine(early, line);
          else late = betterDateLine(late, line);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  meta.dateLine = betterDateLine(late, early);
  meta.published ??= DATE_LD.exec(html)?.[1] ?? null;
  return meta;
}

const DATE_LD = /"datePublished"\s*:\s*"([^"]{8,40})"/;

const clean = (s: string): string | null => s.replace(/\s+/g, " ").trim() || null;

// An HTML page's headline from its <title>, og:title and first <h1>, without the site name.
import { isSiteName } from "./head-lines.ts";

// "標題 - 中央社 CNA", "标题 | 联合早报", "標題｜明報", "標題 _ 某某網", "标题_新浪网": the site follows the last separator
const SUFFIX = /(?:\s+[-–—]{1,2}\s+|\s*[|｜]\s*|\s*[_＿]\s*|\s+::\s+)((?:(?!\s[-–—]\s)[^|｜_＿–—]){1,30})$/;
// "联合早报 - 标题": a site name first
const LEADING = /^([^|｜_＿–—-]{1,20})(?:\s+[-–—]{1,2}\s+|\s*[|｜]\s*|\s*[_＿]\s*)/;
/** The head left after a suffix is dropped has at least this many characters. */
const HEAD_MIN = 4;
/** A <title> shorter than this says less than a longer <h1>. */
const HEADLINE_MIN = 6;
/** Suffixes dropped at most ("美國對台軍售 - 20240410 - 兩岸 - 明報新聞網 - 每日明報 daily news"). */
const SUFFIXES_MAX = 5;
/** A section name ("国际", "兩岸") has at most this many characters. */
const SECTION_MAX = 4;
// 20240410, 2024-04-10
const DATE_SUFFIX = /^[\d\s/.年月日-]{6,}$/;

/**
 * Drops a site name (and a section) after the last separators of a page title, or a known site name before the
 * first; `known` drops only names SITE_NAMES knows (for headlines that are not <title>s).
 */
export function stripSiteSuffix(title: string, known = false): string {
  let s = title.trim();
  const lead = LEADING.exec(s);
  if (lead && isSiteName(lead[1]!.trim())) s = s.slice(lead[0].length).trim();
  for (let k = 0; k < SUFFIXES_MAX; k++) {
    const m = SUFFIX.exec(s);
    if (!m || m.index < HEAD_MIN || /[。！？]/.test(m[1]!)) break;
    const suffix = m[1]!.trim();
    // a site name is known, Latin ("BBC News 中文") or shorter than the headline ("某某網"); a section is short
    const site =
      isSiteName(suffix) ||
      DATE_SUFFIX.test(suffix) ||
      (k > 0 && suffix.length <= SECTION_MAX) ||
      (!known && (/[A-Za-z]{2}/.test(suffix) || (k === 0 && suffix.length <= m.index)));
    if (!site) break;
    s = s.slice(0, m.index).trim();
  }
  return s;
}

const norm = (s: string): string => s.replace(/[\s\p{P}]/gu, "");

/** True when a heading states the headline: the same words, or one holds the other and is at least half as long. */
export function sameHeadline(heading: string, title: string): boolean {
  const a = norm(heading);
  const b = norm(title);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= HEAD_MIN && short.length * 2 >= long.length && long.includes(short);
}

/** What the page says its title is. */
export interface TitleSources {
  title: string | null;
  ogTitle: string | null;
  h1: string | null;
}

/**
 * The headline: the <h1> when <title> starts with it, else og:title, else <title> without its site suffix,
 * else the first <h1>.
 */
export function pageTitle(page: TitleSources): string | null {
  const { title, ogTitle, h1 } = page;
  if (title && h1 && norm(h1).length >= HEAD_MIN && norm(title).startsWith(norm(h1))) return h1;
  if (ogTitle) return stripSiteSuffix(ogTitle);
  if (title) {
    const stripped = stripSiteSuffix(title);
    // a <title> that is only the site's name ("中央社 CNA") says less than the <h1>
    if (h1 && (isSiteName(stripped) || stripped.length < HEADLINE_MIN) && !isSiteName(h1) && h1.length > stripped.length) return h1;
    return stripped;
  }
  return h1;
}

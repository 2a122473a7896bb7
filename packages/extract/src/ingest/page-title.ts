// An HTML page's headline from its <title>, og:title and first <h1>, without the site name.
import { isSiteName } from "./head-lines.ts";

// "標題 - 中央社 CNA", "标题 | 联合早报", "標題｜明報", "標題 _ 某某網", "标题_新浪网": the site follows the last separator
const SUFFIX = /(?:\s+[-–—]{1,2}\s+|\s*[|｜]\s*|\s*[_＿]\s*|\s+::\s+)([^|｜_＿–—]{1,30})$/;
// "联合早报 - 标题": a site name first
const LEADING = /^([^|｜_＿–—-]{1,20})(?:\s+[-–—]{1,2}\s+|\s*[|｜]\s*|\s*[_＿]\s*)/;
/** The head left after a suffix is dropped has at least this many characters. */
const HEAD_MIN = 4;
/** Site suffixes dropped at most ("标题 - 国际 - 联合早报"). */
const SUFFIXES_MAX = 2;

/** Drops a site name (and a section) after the last separators of a page title, or a known site name before the first. */
export function stripSiteSuffix(title: string): string {
  let s = title.trim();
  const lead = LEADING.exec(s);
  if (lead && isSiteName(lead[1]!.trim())) s = s.slice(lead[0].length).trim();
  for (let k = 0; k < SUFFIXES_MAX; k++) {
    const m = SUFFIX.exec(s);
    if (!m || m.index < HEAD_MIN || /[。！？]/.test(m[1]!)) break;
    const suffix = m[1]!.trim();
    // a site name is known, Latin ("BBC News 中文"), or shorter than the headline ("某某網"); a section is short
    const site = isSiteName(suffix) || /[A-Za-z]{2}/.test(suffix) || (k === 0 ? suffix.length <= m.index : suffix.length <= 4);
    if (!site) break;
    s = s.slice(0, m.index).trim();
  }
  return s;
}

const norm = (s: string): string => s.replace(/[\s\p{P}]/gu, "");

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
    if (h1 && stripped === title && !/[|｜_\-–—]/.test(title) && h1.length > title.length && !title.includes(h1)) return h1;
    return stripped;
  }
  return h1;
}

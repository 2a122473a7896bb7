// The lines above a text's body: breadcrumb, site name, source and byline lines, date lines, and the headline among them.
import { readDateLine } from "./date-lines.ts";
import { allSiteNames, isKnownSite, siteNameKey } from "./site-names.ts";

// 香港01 ＞ 中國 / 首页 > 国际 > 中国 / 主页 » 新闻 / 新聞 › 兩岸 / 星洲日报 / 国际
const SEP = String.raw`(?:\s*[>＞»›〉]\s*|\s[/／|｜]\s)`;
const SEGMENT = String.raw`[^。，！？；：:>＞»›〉/／|｜]{1,24}?`;
const BREADCRUMB = new RegExp(`^${SEGMENT}(?:${SEP}${SEGMENT})+\\s*[>＞»›〉]?$`);
// 来源：新华社 / 撰文：王小明 / 記者丨李四 / 责任编辑：张三 / By Jane Doe / 字号：大 中 小
const META_LINE = /^(?:【\s*)?(?:来源|來源|出处|出處|作者|撰文|撰稿|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|编译|編譯|文|图|圖|摄影|攝影|字[号號]|Source|By|Author)\s*[:：丨|｜]/i;
// www.zaobao.com.sg, https://…
const DOMAIN = /https?:\/\/|\bwww\.|\b[\w-]+\.(?:com|net|org|cn|tw|hk|sg|my|fr|de|mg|co)\b/i;
/** A headline has at least this many and at most TITLE_MAX characters. */
const TITLE_MIN = 6;
const TITLE_MAX = 60;
/** Endings a headline never has; 。 anywhere makes a sentence. */
const NOT_HEADLINE = /[。，,；;：:、]$|。/;

/** True for a breadcrumb line: 首页 > 国际 > 中国. */
export const isBreadcrumb = (line: string): boolean => line.length <= 80 && BREADCRUMB.test(line);

/** True for a source, byline or tool line: 来源：新华社. */
export const isMetaLine = (line: string): boolean => line.length <= 80 && META_LINE.test(line);

/** True for a line that is only a site's name (and its Latin name or domain): 中央社 CNA, 香港01. */
export function isSiteName(line: string): boolean {
  if (line.length > 40) return false;
  if (DOMAIN.test(line) && line.length <= 40) return true;
  return isKnownSite(siteNameKey(line)) || allSiteNames(line);
}

/** True for a line that stands alone whatever surrounds it: breadcrumb, source/byline, date line. */
export function standsAlone(line: string): boolean {
  return line.length <= 140 && (isBreadcrumb(line) || isMetaLine(line) || (/\d/.test(line) && readDateLine(line) !== null));
}

/** True for a line that may be a headline: short, not a sentence. */
export const isHeadlineLike = (line: string, min = TITLE_MIN): boolean => line.length >= min && line.length <= TITLE_MAX && !NOT_HEADLINE.test(line);

/** True for chrome above a headline: breadcrumb, site name, source/byline, date line. */
const isChrome = (line: string): boolean => isSiteName(line) || standsAlone(line);

/**
 * The index of the headline among the first `window` blocks, or -1: the first headline-like line
 * (6-60 characters, no sentence punctuation) above any body text, skipping chrome; else a shorter first line.
 */
export function findTitle(blocks: { text: string }[], window = 6): number {
  if (blocks.length < 2) return -1;
  for (let i = 0; i < Math.min(window, blocks.length - 1); i++) {
    const text = blocks[i]!.text;
    if (isChrome(text)) continue;
    if (isHeadlineLike(text)) return i;
    if (text.length > TITLE_MAX || NOT_HEADLINE.test(text)) break;
  }
  return isHeadlineLike(blocks[0]!.text, 1) && !isChrome(blocks[0]!.text) ? 0 : -1;
}

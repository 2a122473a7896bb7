// The lines above a text's body: breadcrumb, site name, source and byline lines, date lines, and the headline among them.
import { readDateLine } from "./date-lines.ts";

// 香港01 ＞ 中國 / 首页 > 国际 > 中国 / 主页 » 新闻 / 新聞 › 兩岸
const BREADCRUMB = /^[^。，！？；：:]{1,24}?\s*[>＞»›〉]\s*[^。，！？；：:>＞»›〉]{1,24}(?:\s*[>＞»›〉]\s*[^。，！？；：:>＞»›〉]{1,24})*\s*[>＞»›〉]?$/;
// 来源：新华社 / 撰文：王小明 / 記者丨李四 / 责任编辑：张三 / By Jane Doe / 字号：大 中 小
const META_LINE = /^(?:【\s*)?(?:来源|來源|出处|出處|作者|撰文|撰稿|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|编译|編譯|文|图|圖|摄影|攝影|字[号號]|Source|By|Author)\s*[:：丨|｜]/i;
// www.zaobao.com.sg, https://…
const DOMAIN = /https?:\/\/|\bwww\.|\b[\w-]+\.(?:com|net|org|cn|tw|hk|sg|my|fr|de|mg|co)\b/i;
/** Site and outlet names that open copied pages ("中央社 CNA", "BBC News 中文"), Latin, digits and punctuation aside. */
export const SITE_NAMES = new Set(
  ("中央社 中央通讯社 中央通訊社 联合早报 聯合早報 早报 早報 明报 明報 明报新闻网 明報新聞網 香港 中文 德国之声 德國之聲 法广 法廣 法国国际广播电台 法國國際廣播電台 " +
    "美国之音 美國之音 自由亚洲电台 自由亞洲電台 大纪元 大紀元 新唐人 自由时报 自由時報 自由电子报 自由電子報 联合新闻网 聯合新聞網 联合报 聯合報 中国时报 中國時報 " +
    "星洲日报 星洲日報 星洲网 星洲網 东方日报 東方日報 中国报 中國報 南洋商报 南洋商報 南华早报 南華早報 端传媒 端傳媒 立场新闻 立場新聞 东网 東網 信报 信報 " +
    "星岛日报 星島日報 星岛 星島 文汇报 文匯報 大公报 大公報 新华网 新華網 新华社 新華社 人民网 人民網 环球时报 環球時報 环球网 環球網 澎湃新闻 澎湃新聞 " +
    "凤凰网 鳳凰網 腾讯新闻 騰訊新聞 新浪新闻 新浪新聞 网易新闻 網易新聞 纽约时报中文网 紐約時報中文網 华尔街日报 華爾街日報 金融时报 金融時報 FT中文网 " +
    "风传媒 風傳媒 上报 上報 三立新闻网 三立新聞網 今日新闻 今日新聞 公视新闻网 公視新聞網 看中国 看中國 希望之声 希望之聲").split(" "),
);
const NOT_NAME = /[\s\p{P}\p{S}A-Za-z0-9]+/gu;
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
  return SITE_NAMES.has(line.replace(NOT_NAME, ""));
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

// What may share a line with a publication date: labels, zones, sources, bylines, counters, outlet and section names.
import { isKnownSite, SECTION_NAMES, siteNameKey } from "./site-names.ts";

// 发布时间： / 發佈於 / 出版： / 最後更新： / Published on / 日期： / 刊登日期 / 發稿時間
export const LABEL =
  /(?:(?:最后|最後|最新|last\s*)?(发布|發佈|發布|发表|發表|出版|刊登|刊出|首发|首發|发稿|發稿|上线|上線|公布|公佈|張貼|张贴|貼文|贴文|撰写|撰寫|建立|创建|published|posted|created|issued|更新|修改|修訂|修订|updated|modified)\s*(?:于|於|在|on|at)?\s*(?:时间|時間|日期|date|time)?|(?:报导|報導|报道|報道|新聞|新闻|稿件|文章)(?:时间|時間|日期)|日期|时间|時間|date|time|pubdate)\s*[:：]?\s*/gi;
/** True when the label found says updated rather than published. */
export const UPDATED = /更新|修改|修訂|修订|updated|modified/i;
// 北京时间 / 台北時間 before a date is its zone, not a label
export const ZONE = /(?:北京|台北|臺北|香港|新加坡|吉隆坡|美东|美東|美西|当地|當地|东京|東京|华盛顿|華盛頓|纽约|紐約|巴黎|伦敦|倫敦|柏林)(?:时间|時間)/g;
// 最后更新 北京时间 22:47 after the date: a label and a clock that add nothing to the date
const CLOCK = String.raw`(?:上午|下午|晚上|早上|中午|凌晨)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?`;
const HAN_CLOCK = String.raw`(?:上午|下午|晚上|早上|中午|凌晨)?\s*\d{1,2}\s*[时時点點]\s*\d{1,2}\s*分`;
const TAIL_CLOCK = new RegExp(`${CLOCK}|${HAN_CLOCK}`, "g");
// 中央社記者林修遠東京17日專電 beside the date: the dateline's day and wire word
const WIRE_DAY = /\d{1,2}日(?:综合|綜合)?(?:外电|外電)?(?:专电|專電|电|電|报导|報導|报道|報道)/g;
// 来源：新华社 / 作者：张三 / 記者 王小明 / 文／王小明 / 字号 / 阅读 1234 / (UTC+8) / 國際 ‧ (any middle dot): metadata that may share the line
const META =
  /[\p{Script=Han}]{2,6}?(?:即時|即时)?(?:報導|报道|報道|專電|专电)|(?:来源|來源|稿件来源|稿件來源|稿源|出处|出處|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|撰文|撰稿|文|图|圖|摄影|攝影|編譯|编译|source|by|author)\s*[:：]\s*[^\s|｜/／,，]{0,30}|(?:(?:驻|駐)\p{Script=Han}{1,3})?特派[员員]\s*[^\s|｜/／·•,，、\d]{2,12}|(?:作者|记者|記者|撰文|编辑|編輯|责任编辑|責任編輯|编译|編譯|文|图文|圖文)\s*[丨|｜/／]?\s*[^\s|｜/／·•,，\d]{2,12}|(?:北京|台北|臺北|香港|新加坡|吉隆坡|美东|美東|当地|當地)?(?:时间|時間)|[（(]?\s*(?:UTC|GMT)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\s*[）)]?|\b(?:HKT|CST|EST|EDT|ET|PT|PST|PDT|BST|CET|CEST|MYT|SGT)\b|[+-]\d{2}:?\d{2}\b|字[号號級级](?:\s*[:：]?\s*[大中小](?:\s*[大中小])*)?|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d*|[\s|｜/／·•‧・∙,，、;；:：()（）【】〔〕\[\]「」*_~>-]+/giu;
// （4/10 18:00 更新）: an update stamp in parentheses
const UPDATE_STAMP = /[（(][^（）()]{0,30}(?:更新|updated)[^（）()]{0,10}[）)]/gi;
// 分享 列印 版權所有 本報訊: page chrome beside the date
const CHROME_WORDS = new Set(
  ("分享 列印 打印 列印本頁 收藏 留言 评论 評論 讚 赞 訂閱 订阅 轉寄 转发 轉發 複製連結 复制链接 字級 字体 字體 大 中 小 " +
    "版權所有 版权所有 轉載 转载 禁止轉載 禁止转载 本報訊 本报讯 快訊 快讯 即時新聞 即时新闻 獨家 独家 綜合報導 综合报道 新聞雲 新闻云 " +
    "facebook twitter line x whatsapp email telegram weibo wechat share print a a+ a- copyright all rights reserved").split(" "),
);
// outlets by their Latin names: HK01, ETtoday, Storm Media
const LATIN_OUTLETS = new Set(
  ("hk01 ettoday cna udn ltn tvbs ctwant newtalk storm media rthk tvb now scmp rfi dw voa rfa bbc news nyt zaobao xinhua cgtn cctv " +
    "reuters afp ap bloomberg kyodo yonhap sinchew orientaldaily chinapress malaysiakini").split(" "),
);
// 記者 / 作者 / 文／ / By: a byline that lets a name share the line
const BYLINE_MARK = /记者|記者|作者|撰文|撰稿|编辑|編輯|编译|編譯|报导|報導|报道|報道|(?:^|[\s|｜])文\s*[/／:：]|\bby\b/i;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME = /^(?:[A-Z][A-Za-z'’.-]*|[A-Z]\.|and|de|van|von)$/;

/** What is left of a line once its dates, labels, zones, clocks and metadata are gone. */
export function leftover(rest: string): string {
  return rest.replace(UPDATE_STAMP, " ").replace(TAIL_CLOCK, " ").replace(WIRE_DAY, " ").replace(META, " ").replace(ZONE, " ").replace(LABEL, " ").trim();
}

/**
 * True when what is left of a date line is only outlet, section or chrome words, or, beside a byline mark
 * (記者, 作者, 文／, By), a writer's name: `中時新聞網 王小明`, `By Jane Doe`, `DAVID E. SANGER`.
 */
export function onlyMeta(left: string, line: string): boolean {
  if (left.length === 0) return true;
  const words = left.split(/\s+/);
  const site = (w: string): boolean => isKnownSite(siteNameKey(w));
  // 中時新聞網 王小明 2023/04/15: an outlet's name before a writer's is a byline too
  const outlet = (w: string): boolean => site(w) || LATIN_OUTLETS.has(w.toLowerCase());
  const byline = BYLINE_MARK.test(line) || words.some(outlet);
  const capitals = words.every((w) => /^[A-Z][A-Z.'’-]*$/.test(w)) && words.length >= 2;
  return words.every(
    (w) =>
      outlet(w) ||
      SECTION_NAMES.has(w) ||
      CHROME_WORDS.has(w) ||
      CHROME_WORDS.has(w.toLowerCase()) ||
      (byline && (HAN_NAME.test(w) || LATIN_NAME.test(w))) ||
      (capitals && LATIN_NAME.test(w)),
  );
}

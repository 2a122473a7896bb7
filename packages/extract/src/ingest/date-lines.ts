// Date lines: a line that states when the article was published or updated, and nothing else besides metadata.
import { parseDate } from "./dates.ts";
import { isKnownSite, SECTION_NAMES, siteNameKey } from "./site-names.ts";

/** What the line says the date is: published (发布/出版/Published), updated (更新/Updated) or unlabelled. */
export type DateLabel = "published" | "plain" | "updated";

/** A date line: the ISO date (or date-time) and its label. */
export interface DateLine {
  date: string;
  label: DateLabel;
}

const YEAR = /[0-9０-９]{4}/;
const SENTENCE = /[。！？!?]|\p{Script=Han}{12}/u;
/** Lines longer than this are text, not metadata. */
const LINE_MAX = 140;
// 星期三 / （週三） / (三) / Wed / Wednesday
const WEEKDAY = String.raw`(?:[（(]?\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]\s*[）)]?|[（(][一二三四五六日天][）)]|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)`;
const CLOCK = String.raw`(?:上午|下午|晚上|早上|中午|凌晨)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?`;
// 19時12分 / 8点30分: a clock written in hanzi
const HAN_CLOCK = String.raw`(?:上午|下午|晚上|早上|中午|凌晨)?\s*\d{1,2}\s*[时時点點]\s*\d{1,2}\s*分`;
// 最后更新 北京时间 22:47 after the date: a label and a clock that add nothing to the date
const TAIL_CLOCK = new RegExp(`${CLOCK}|${HAN_CLOCK}`, "g");
// 中央社記者林修遠東京17日專電 beside the date: the dateline's day and wire word
const WIRE_DAY = /\d{1,2}日(?:综合|綜合)?(?:外电|外電)?(?:专电|專電|电|電|报导|報導|报道|報道)/g;
// 2025年10月31日 08:20 / 2024/05/09 05:30 / 05/10/2023 - 01:51 / 2023-10-28T10:05:40.549Z, with a weekday anywhere
const DATE_IN_LINE = new RegExp(
  String.raw`(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})` +
    String.raw`(?:\s*${WEEKDAY})?(?:[\sT,，-]*${CLOCK})?(?:\s*${WEEKDAY})?`,
  "g",
);
const WEEKDAY_RE = new RegExp(WEEKDAY, "g");
const PM = /(下午|晚上)\s*(\d{1,2})([:：])/;
const AM = /(?:上午|早上|中午|凌晨)\s*/;
// 5:00 PM → 17:00
const LATIN_PM = /\b(\d{1,2})([:：]\d{2}(?:[:：]\d{2})?)\s*([AaPp])\.?[Mm]\.?/;

// 发布时间： / 發佈於 / 出版： / 最後更新： / Published on / 日期：
const LABEL = /(?:(?:最后|最後|last\s*)?(发布|發佈|發布|发表|發表|出版|刊登|刊出|首发|首發|发稿|發稿|上线|上線|published|posted|created|issued|更新|修改|修訂|修订|updated|modified)\s*(?:于|於|在|on|at)?\s*(?:时间|時間|日期|date|time)?|日期|时间|時間|date|time|pubdate)\s*[:：]?\s*/gi;
// 北京时间 / 台北時間 before a date is its zone, not a label
const ZONE = /(?:北京|台北|臺北|香港|新加坡|吉隆坡|美东|美東|当地|當地)(?:时间|時間)/g;
const UPDATED = /更新|修改|修訂|修订|updated|modified/i;
// 来源：新华社 / 作者：张三 / 記者 王小明 / 字号 / 阅读 1234 / 北京时间 / (UTC+8): metadata that may share the line
const META = /[（(][^（）()]{0,30}(?:更新|updated)[^（）()]{0,10}[）)]|[\p{Script=Han}]{2,6}?(?:即時|即时)?(?:報導|报道|報道|專電|专电)|(?:来源|來源|出处|出處|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|撰文|撰稿|文|图|圖|摄影|攝影|source|by|author)\s*[:：]\s*[^\s|｜/／·•,，]{0,30}|(?:作者|记者|記者|撰文|编辑|編輯)\s*[丨|｜]?\s*[^\s|｜/／·•,，\d]{2,12}|(?:北京|台北|臺北|香港|新加坡|吉隆坡|美东|美東|当地|當地)?(?:时间|時間)|[（(]?\s*(?:UTC|GMT)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\s*[）)]?|\b(?:HKT|CST|EST|EDT|ET)\b|[+-]\d{2}:?\d{2}\b|字[号號](?:\s*[:：]?\s*[大中小](?:\s*[大中小])*)?|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:量|数|數)?\s*[:：]?\s*\d*|[\s|｜/／·•,，;；:：()（）【】〔〕\[\]*_~-]+/giu;

/** Reads a line that is nothing but metadata around a date; null for any other line (a body sentence, a headline). */
export function readDateLine(text: string): DateLine | null {
  // every date form it reads has a four-digit year
  if (text.length > LINE_MAX || text.length < 8 || !YEAR.test(text)) return null;
  // a sentence (。！？ or a long run of hanzi) is never metadata
  if (SENTENCE.test(text)) return null;
  const line = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  DATE_IN_LINE.lastIndex = 0;
  let best: DateLine | null = null;
  let rest = "";
  let from = 0;
  for (let m = DATE_IN_LINE.exec(line); m; m = DATE_IN_LINE.exec(line)) {
    const before = line.slice(from, m.index).replace(ZONE, " ");
    from = m.index + m[0].length;
    const date = readDate(m[0]);
    if (!date) return null;
    const labels = [...before.matchAll(LABEL)];
    const label: DateLabel = labels.length === 0 ? "plain" : UPDATED.test(labels[labels.length - 1]![0]) ? "updated" : "published";
    rest += before.replace(LABEL, " ");
    if (!best || rank(label) < rank(best.label)) best = { date, label };
  }
  if (!best) return fallback(line);
  rest += line.slice(from);
  const left = rest.replace(TAIL_CLOCK, " ").replace(WIRE_DAY, " ").replace(META, " ").replace(ZONE, " ").replace(LABEL, " ").trim();
  // 2024-04-10 17:45 聯合報／記者王小明, 2024-04-10 | 国际: what is left may be the outlet's or the section's name
  return left.length === 0 || left.split(/\s+/).every((w) => isKnownSite(siteNameKey(w)) || SECTION_NAMES.has(w)) ? best : null;
}

/** Published: October 26, 2023 — the forms only `parseDate` reads, on a line of their own. */
function fallback(line: string): DateLine | null {
  const date = parseDate(line);
  if (!date) return null;
  const label = LABEL.exec(line.trimStart());
  LABEL.lastIndex = 0;
  return { date, label: label?.index !== 0 ? "plain" : UPDATED.test(label[0]) ? "updated" : "published" };
}

const rank = (label: DateLabel): number => (label === "published" ? 0 : label === "plain" ? 1 : 2);

/** A date found in a line → ISO, after dropping the weekday and reading 下午 as afternoon. */
function readDate(found: string): string | null {
  const s = found
    .replace(WEEKDAY_RE, " ")
    .replace(/([日号號])\s*/, "$1 ")
    .replace(PM, (_, _p: string, h: string, c: string) => ` ${Number(h) < 12 ? Number(h) + 12 : h}${c}`)
    .replace(AM, " ")
    .replace(LATIN_PM, (_, h: string, rest: string, pm: string) => ` ${/^[pP]/.test(pm) && Number(h) < 12 ? Number(h) + 12 : h}${rest}`)
    .replace(/[，,]/g, " ")
    .replace(/\s+/g, " ");
  return parseDate(s);
}

// 首頁 · 國際 · 分享 · 字級 · 列印: a short line without digits is page chrome, not one of the window's blocks.
const CHROME_MAX = 6;
const isShortChrome = (text: string): boolean => text.length <= CHROME_MAX && !/[0-9０-９]/.test(text);

/**
 * Blocks near the top (the `window` blocks from `from`, not counting short chrome lines such as 首頁 or 分享,
 * up to three windows in all) that state the date: removes them and returns the best (published over plain
 * over updated).
 */
export function takeDateLines(blocks: { text: string }[], window = 6, from = 0): string | null {
  let best: DateLine | null = null;
  const found: number[] = [];
  const last = Math.min(from + 3 * window, blocks.length);
  for (let i = from, counted = 0; i < last && counted < window; i++) {
    const text = blocks[i]!.text;
    if (isShortChrome(text)) continue;
    counted++;
    const line = readDateLine(text);
    if (!line) continue;
    found.push(i);
    if (!best || rank(line.label) < rank(best.label)) best = line;
  }
  for (let k = found.length - 1; k >= 0; k--) blocks.splice(found[k]!, 1);
  return best?.date ?? null;
}

/** The better of two date lines by label (published over plain over updated); the first on a tie. */
export function betterDateLine(a: DateLine | null, b: DateLine | null): DateLine | null {
  if (!a) return b;
  if (!b) return a;
  return rank(b.label) < rank(a.label) ? b : a;
}

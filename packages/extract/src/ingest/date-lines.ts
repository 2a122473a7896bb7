// Date lines: a line that states when the article was published or updated, and nothing else besides metadata.
import { LABEL, leftover, onlyMeta, UPDATED, ZONE } from "./date-line-meta.ts";
import { normalizeDateLine } from "./date-normalize.ts";
import { parseDate } from "./dates.ts";

/** What the line says the date is: published (发布/出版/Published), updated (更新/Updated) or unlabelled. */
export type DateLabel = "published" | "plain" | "updated";

/** A date line: the ISO date (or date-time) and its label. */
export interface DateLine {
  date: string;
  label: DateLabel;
}

const YEAR = /\d{4}/;
const DIGITS = /[0-9０-９〇○零]/;
const SENTENCE = /[。！？!?]|\p{Script=Han}{12}/u;
/** Lines longer than this are text, not metadata. */
const LINE_MAX = 140;
// 星期三 / （週三） / (三) / Wed / Wednesday
const WEEKDAY = String.raw`(?:[（(]?\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]\s*[）)]?|[（(][一二三四五六日天][）)]|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)`;
const CLOCK = String.raw`(?:上午|下午|晚上|早上|中午|凌晨)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?`;
// April 15, 2023 / 15 April 2023 / Apr. 15th, 2023
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const ENGLISH = String.raw`\b(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4})\b`;
// 2025年10月31日 08:20 / 2024/05/09 05:30 / 05/10/2023 - 01:51 / 2023-10-28T10:05:40.549Z, with a weekday anywhere
const DATE_IN_LINE = new RegExp(
  String.raw`(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|${ENGLISH})` +
    String.raw`(?:\s*${WEEKDAY})?(?:[\sT,，-]*${CLOCK})?(?:\s*${WEEKDAY})?`,
  "g",
);
const WEEKDAY_RE = new RegExp(WEEKDAY, "g");
const PM = /(下午|晚上)\s*(\d{1,2})([:：])/;
const AM = /(?:上午|早上|中午|凌晨)\s*/;
// 5:00 PM → 17:00
const LATIN_PM = /\b(\d{1,2})([:：]\d{2}(?:[:：]\d{2})?)\s*([AaPp])\.?[Mm]\.?/;

/** Reads a line that is nothing but metadata around a date; null for any other line (a body sentence, a headline). */
export function readDateLine(text: string): DateLine | null {
  if (text.length > LINE_MAX || text.length < 6 || !DIGITS.test(text)) return null;
  // ２０２３／０４／１５, 民國112年4月15日, 二〇二三年四月十五日 → 2023/04/15, 2023年4月15日
  const line = normalizeDateLine(text);
  // every date form it reads has a four-digit year
  if (line.length < 8 || !YEAR.test(line)) return null;
  // a sentence (。！？ or a long run of hanzi) is never metadata
  if (SENTENCE.test(line)) return null;
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
    rest += `${before.replace(LABEL, " ")} `;
    if (!best || rank(label) < rank(best.label)) best = { date, label };
  }
  if (!best) return fallback(line);
  rest += line.slice(from);
  // 2024-04-10 17:45 聯合報／記者王小明, 2024-04-10 | 国际, Saturday, April 15: outlet, section, chrome, weekday, writer
  return onlyMeta(leftover(rest.replace(WEEKDAY_RE, " ")), line) ? best : null;
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
// 美方表示，雙方同意維持溝通。: a story's paragraph; past two of them a date alone is a subheading of the story
const BODY_MAX = 2;
const isBody = (text: string): boolean => text.length >= 30 && /[。！？]/.test(text);

/**
 * Blocks near the top (the `window` blocks from `from`, not counting captions and short chrome lines such as 首頁 or 分享,
 * up to three windows in all, and not past the story's second paragraph) that state the date: removes them
 * and returns the best (published over plain over updated).
 */
export function takeDateLines(blocks: { text: string; kind?: string }[], window = 6, from = 0): string | null {
  let best: DateLine | null = null;
  const found: number[] = [];
  const last = Math.min(from + 3 * window, blocks.length);
  for (let i = from, counted = 0, body = 0; i < last && counted < window && body < BODY_MAX; i++) {
    const text = blocks[i]!.text;
    // an image's caption under the headline does not use up the window either
    if (isShortChrome(text) || blocks[i]!.kind === "caption") continue;
    counted++;
    const line = readDateLine(text);
    if (!line) {
      if (isBody(text)) body++;
      continue;
    }
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

// Date lines as Big5/GB18030 pages print them, rewritten for the readers: full-width forms, ROC years, dates in hanzi numerals.
import { parseNumber } from "../time/numerals.ts";

// ２０２３／０４／１５ １０：３２ → 2023/04/15 10:32 (full-width ASCII and the ideographic space)
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const half = (c: string): string => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Full-width ASCII forms (digits, ／－．：（）) and the ideographic space → their ASCII twins, same length. */
export const toHalfWidth = (text: string): string => text.replace(FULL_WIDTH, half);

// 民國112年4月15日 / 中華民國 99 年 / 民国112年
const ROC_NAMED = /(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})\s*年/g;
// 112年4月15日 (a three-digit year only a ROC calendar writes)
const ROC_YEAR = /(?<![\d.])(1[0-4]\d)(\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號])/g;
// 發布日期：112-04-15 / 112/04/15 / 112.04.15
const ROC_NUMERIC = /(?<![\d/.-])(1[0-4]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-])/g;
const ROC_OFFSET = 1911;
const western = (roc: string): string => String(Number(roc) + ROC_OFFSET);

// 二〇二三年四月十五日 / 二零二三年十二月三十一日
const HAN_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*([日号號])/g;

/**
 * A line as the date readers expect it: half-width digits and punctuation, ROC years as western years
 * (民國112年 / 112年4月15日 / 112/04/15 → 2023), hanzi-numeral dates as digits. Only for lines already
 * thought to be metadata: in a body sentence 112年 may be a count.
 */
export function normalizeDateLine(text: string): string {
  let s = toHalfWidth(text);
  if (/[〇○零一二三四五六七八九]{4}\s*年/.test(s)) {
    s = s.replace(HAN_DATE, (all, y: string, m: string, d: string, day: string) => {
      const year = String(parseNumber(y)).padStart(4, "0");
      const month = parseNumber(m) ?? 0;
      const date = parseNumber(d) ?? 0;
      return month < 1 || month > 12 || date < 1 || date > 31 ? all : `${year}年${month}月${date}${day}`;
    });
  }
  if (/年|[-/.]/.test(s)) {
    s = s
      .replace(ROC_NAMED, (_, y: string) => `${western(y)}年`)
      .replace(ROC_YEAR, (_, y: string, rest: string) => western(y) + rest)
      .replace(ROC_NUMERIC, (_, y: string, sep: string, m: string, d: string) => `${western(y)}${sep}${m}${sep}${d}`);
  }
  return s;
}

// （編輯：王小明）1120415 / （譯者：李四/核稿：張三）1121115: the CNA tail, a compact ROC date after the editors
const CNA_TAIL = /^[(（][^()（）]{0,40}(?:編輯|编辑|譯者|译者|核稿|編譯|编译)[^()（）]{0,40}[)）]\s*(1[0-4]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/** The date of a CNA-style tail line `（編輯：王小明）1120415` → 2023-04-15, else null. */
export function readCnaTail(text: string): string | null {
  const m = CNA_TAIL.exec(toHalfWidth(text).trim());
  return m ? `${western(m[1]!)}-${m[2]}-${m[3]}` : null;
}

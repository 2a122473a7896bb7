// Publication dates as documents write them → ISO date or date-time (the time kept when stated).
import { MONTHS } from "../english/dates.ts";
import { toHalfWidth } from "./date-normalize.ts";

const pad = (n: number): string => String(n).padStart(2, "0");

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function iso(y: number, m: number, d: number, hh?: string, mm?: string): string | null {
  if (!valid(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return hh !== undefined && mm !== undefined ? `${date}T${pad(Number(hh))}:${mm}` : date;
}

/** A date pattern as data: the regex (anchored to the whole string) and how to read its groups. */
interface DateRule {
  name: string;
  match: RegExp;
  read: (m: RegExpExecArray) => string | null;
}

const TIME = String.raw`(?:[\sT,-]+(\d{1,2})[:：](\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|HKT|CST))?)?`;

/** Rules tried in order; the first that matches the whole (trimmed) string wins. */
export const DATE_RULES: DateRule[] = [
  {
    // 2023-10-28T10:05:40.549Z, 2023-10-26T22:57:12+08:00: kept as written
    name: "iso-datetime",
    match: /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/,
    read: (m) => (valid(+m[1]!, +m[2]!, +m[3]!) ? m[0] : null),
  },
  {
    // 2023-10-28, 2023/10/28 10:05, 2023.10.28
    name: "year-first",
    match: new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + TIME + "$"),
    read: (m) => iso(+m[1]!, +m[2]!, +m[3]!, m[4], m[5]),
  },
  {
    // 05/10/2023 - 01:51 (RFI writes the day first; a first number over 12 settles it anyway)
    name: "day-first",
    match: new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})` + TIME + "$"),
    read: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      return b > 12 && a <= 12 ? iso(+m[3]!, a, b, m[4], m[5]) : iso(+m[3]!, b, a, m[4], m[5]);
    },
  },
  {
    // 2023年10月27日 14:05 / 2023年10月27日（星期五）
    name: "chinese",
    match: new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](?:\s*[（(]?(?:星期|周|週)[一二三四五六日天][）)]?)?` + TIME + "$"),
    read: (m) => iso(+m[1]!, +m[2]!, +m[3]!, m[4], m[5]),
  },
  {
    // 20231028, 202310281005 (compact <meta> values)
    name: "compact",
    match: /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:\d{2})?)?$/,
    read: (m) => iso(+m[1]!, +m[2]!, +m[3]!, m[4], m[5]),
  },
  {
    // Thu, 26 Oct 2023 22:57:12 GMT; October 26, 2023; Saturday, April 15th, 2023 10:32 AM
    name: "english",
    match: new RegExp(
      String.raw`^(?:[A-Z][a-z]{2,8}\.?,?\s+)??(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\.?,?\s+(\d{4})|([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))` +
        String.raw`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}|[+-]\d{4}))?)?$`,
      "i",
    ),
    read: (m) => {
      const month = MONTHS.get((m[2] ?? m[4])!.slice(0, 3).toLowerCase()) ?? 0;
      return month > 0 ? iso(+(m[3] ?? m[6])!, month, +(m[1] ?? m[5])!) : null;
    },
  },
];

// 发布时间：2023年10月27日 / 發佈於 / 出版： / 最後更新： / Published on
const LABEL = /^(?:(?:最后|最後|last\s*)?(?:发布|發佈|發布|发表|發表|出版|刊登|刊出|首发|首發|发稿|發稿|更新|修改|published|updated|posted|modified|last\s+updated)\s*(?:于|於|在|on|at)?\s*(?:时间|時間|日期|date|time)?|日期|时间|時間|date)\s*[:：]?\s*/i;

/** Parses a date the way a document states it; null when the string is not (only) a date. */
export function parseDate(text: string): string | null {
  const s = toHalfWidth(text).trim().replace(LABEL, "").trim();
  if (s.length < 8 || s.length > 60) return null;
  for (const rule of DATE_RULES) {
    const m = rule.match.exec(s);
    if (m) return rule.read(m);
  }
  return null;
}

/** An epoch in milliseconds (the `<!--1696466702000-->` of RSS dumps) → ISO date-time, or null. */
export function fromEpoch(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < 0) return null;
  const d = new Date(ms < 1e11 ? ms * 1000 : ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

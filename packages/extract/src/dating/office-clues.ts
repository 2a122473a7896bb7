// Clues from office days: 普拉博沃上月20日宣誓就任总统 · 赖清德5月20日就职不到一个月 · 拜登政府上台以来.
import type { Extraction } from "../model.ts";
import { addDays } from "../time/calendar.ts";
import { parseNumber } from "../time/numerals.ts";
import { monthWindow, shiftBy, yearWindow, type DayWindow, type WorldClue } from "./clues.ts";
import { officeTerms, termedPeople, termsLabel, type OfficeTerm, type OfficeTerms } from "./offices.ts";
import { FORMER } from "./terms.ts";

const NUM = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
// (上月|5月)20日(正式)(宣誓)就任 right after the name (a title or 已/于 may come between).
const TOOK_ON_DAY = new RegExp(
  `^[^，,。；;！？!?]{0,10}?(上个?月|本月|这个月|今年|去年|明年|下个?月)?(?:(${NUM})月)?(${NUM})[日号](?:的|才|刚刚|刚)?(?:正式|已经|已)?(?:宣誓)?(?:就任|就职|上任|接任|履新|上台|入主白宫)`,
);
// 就职不到一个月 · 上任才两周 · 就任未满100天 · 上任满一年: how long after the day the article is.
const HOW_LONG = /^[^，,。；;！？!?]{0,6}?(不到|未满|不足|仅|才|刚|刚满|满)(半|[0-9０-９]{1,3}|[一二两三四五六七八九十百]{1,3})个?(月|天|日|周|星期|礼拜|年)/;
// 拜登政府上台以来 · 上任后首次 · 就职以来: some time in the term.
const OFFICE = "(?:政府|总统|首相|总理|国务卿|国防部长|外长|防长|外交部长)";
const IN_TERM = new RegExp(`^${OFFICE}?(?:上台|上任|就任|就职|执政|入主白宫)${OFFICE}?(?:以来|后首次|后的首次|后首度)`);
/** Days before a term's first day that a report of it as still to come (将于1月20日就职) may be from. */
const FUTURE_DAYS = 250;
const UNIT: Readonly<Record<string, "day" | "week" | "month" | "year">> = { 月: "month", 天: "day", 日: "day", 周: "week", 星期: "week", 礼拜: "week", 年: "year" };

/** How long after `since` the text says the article is, as its window (null when it does not say). */
function howLong(after: string, since: string): DayWindow | null {
  const m = HOW_LONG.exec(after);
  if (!m) return null;
  const n = m[2] === "半" ? 0.5 : parseNumber((m[2] ?? "").replace("两", "二"));
  const unit = UNIT[m[3] ?? ""];
  if (n === null || !unit) return null;
  const [count, u] = n === 0.5 && unit === "month" ? [15, "day" as const] : n === 0.5 && unit === "year" ? [6, "month" as const] : [n, unit];
  const end = shiftBy(since, Math.ceil(count), u);
  return m[1] === "满" || m[1] === "刚满" ? { lo: addDays(end, -1), hi: addDays(end, 31) } : { lo: addDays(since, 1), hi: addDays(end, -1) };
}

/** The window one term allows when the text writes the day it began (`before`: the words up to the day, 将于明年). */
function dayWindow(term: OfficeTerm, rel: string | undefined, bare: boolean, after: string, before = ""): { window: DayWindow; strong: boolean } {
  const s = term.since;
  if (rel?.startsWith("上")) return { window: monthWindow(s, 1), strong: true };
  if (rel === "本月" || rel === "这个月") return { window: { lo: s, hi: monthWindow(s, 0).hi }, strong: true };
  if (rel === "今年") return { window: { lo: s, hi: yearWindow(s, 0).hi }, strong: true };
  if (rel === "去年") return { window: yearWindow(s, 1), strong: true };
  // 拜登将于明年1月20日就职 · 下月20日就任: the article is before the day.
  if (rel === "明年") return { window: yearWindow(s, -1), strong: true };
  if (rel?.startsWith("下")) return { window: monthWindow(s, -1), strong: true };
  if (/将|即将/.test(before)) return { window: { lo: addDays(s, -FUTURE_DAYS), hi: addDays(s, -1) }, strong: false };
  const limit = howLong(after, s);
  if (limit) return { window: limit, strong: true };
  // 20日宣誓就任 with no month: this month or the last, as a dispatch writes its recent days.
  if (bare) return { window: { lo: s, hi: addDays(s, 40) }, strong: true };
  return { window: { lo: s, hi: term.until ?? shiftBy(s, 5, "year") }, strong: false };
}

/**
 * Clues from the days people took office: a day written with 就任/就职/上任 that is a known term's first day
 * (上月20日宣誓就任 → the month after it; 5月20日就职不到一个月 → within the month after it), and a term written as
 * the time since (拜登政府上台以来, 上任后首次 → within the term; weak). Titles of the past (前总统) are skipped.
 */
export function officeClues(extraction: Extraction, terms: OfficeTerms = officeTerms()): WorldClue[] {
  const clues: WorldClue[] = [];
  for (const { entity, list } of termedPeople(extraction, terms)) {
    for (const m of entity.mentions) {
      const text = extraction.document.paragraphs[m.paragraph]?.simplified ?? "";
      if (FORMER.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
      const after = text.slice(m.end, m.end + 48);
      const day = TOOK_ON_DAY.exec(after);
      if (day) {
        const [d, mo] = [parseNumber(day[3] ?? ""), day[2] ? parseNumber(day[2]) : null];
        const fit = list.filter((t) => Number(t.since.slice(8, 10)) === d && (mo === null || Number(t.since.slice(5, 7)) === mo));
        const found = fit.map((t) => dayWindow(t, day[1], !day[1] && !day[2], after.slice(day.index + day[0].length), day[0]));
        if (found.length > 0) {
          clues.push({ windows: found.map((f) => f.window), strong: found.every((f) => f.strong), basis: `${entity.name}${day[0]} (took office ${fit.map((t) => t.since).join(" or ")})` });
        }
        continue;
      }
      const term = IN_TERM.exec(after);
      if (term) clues.push({ windows: list.map((t) => ({ lo: t.since, hi: t.until ?? shiftBy(t.since, 5, "year") })), strong: false, basis: `${entity.name}${term[0]} (${termsLabel(list)})` });
    }
  }
  return clues;
}

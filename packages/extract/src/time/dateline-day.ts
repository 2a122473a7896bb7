// A wire dateline's day: （中央社华盛顿19日综合外电报导）…今天 means the 19th where the story was filed.
import type { Document } from "../model.ts";
import { addDays, isoDay, parseIso } from "./calendar.ts";
import { halfWidthDigits } from "./numerals.ts";

// （中央社記者林家宏華盛頓18日專電） · (法新社北京18日電) · 本报华盛顿10月26日电 · （坎培拉18日綜合電） · 东京17日专电
const DATELINE =
  /^[\s\u3000]*[（(【]?[^（）()【】，,。；\s]{0,24}?(?:([0-9０-９]{1,2})月)?([0-9０-９]{1,2})日(?:[专專]?[电電]|[讯訊]|综合|綜合)/;
/** How many paragraphs from the top a dateline may open. */
const DATELINE_PARAGRAPHS = 4;
/** How far (days) the dateline's day may lie from the published day: a filing abroad the day before. */
const NEAR_DAYS = 2;

const digits = (s: string): number => Number(halfWidthDigits(s));

/**
 * The day a document's wire dateline names, near `published` (YYYY-MM-DD): the story's own 今天. Null when
 * no paragraph near the top opens with a dateline, or its day is more than two days from `published`.
 * @example （中央社華盛頓19日綜合外電報導） in a story published 2025-01-20 → "2025-01-19"
 */
export function datelineDay(doc: Document, published: string): string | null {
  const p = parseIso(published);
  if (!p) return null;
  for (const para of doc.paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const m = DATELINE.exec(para.simplified);
    if (!m) continue;
    const day = digits(m[2] ?? "");
    for (let k = -NEAR_DAYS; k <= NEAR_DAYS; k++) {
      const iso = addDays(published, k);
      const month = m[1] ? digits(m[1]) : Number(iso.slice(5, 7));
      if (Number(iso.slice(8, 10)) === day && Number(iso.slice(5, 7)) === month) return isoDay(Number(iso.slice(0, 4)), month, day);
    }
    return null;
  }
  return null;
}

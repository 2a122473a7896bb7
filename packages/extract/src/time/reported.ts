// Times of reports: a report verb after a time (路透社3月报道) makes it past, and a plan said then counts from it.
import type { Resolved } from "./types.ts";

/** A report verb right after a time, in the same clause (3月报道称, 去年11月10日表示). */
const REPORTED = /^[^，,。；;：:“”「」"]{0,12}?(?:报道|報導|报导|報道|披露|透露|引述|援引|宣布|表示|指出|称|稱|说|說)/;
/** A media report right after a time: the time is past (日经1月披露，…计划下个月…). */
const MEDIA_REPORT = /^[^，,。；;：:“”「」"]{0,6}?(?:报道|報導|报导|報道|披露|透露|引述|援引)/;
/** A plan later in the same sentence. */
const FUTURE_AFTER = /^[^。！？!?]*?(?:将|將|计划|計劃|预计|預計|拟|擬|下月|下个月|下個月|下周|下週|明年)/;

/** True when a media report verb follows the time: 路透社3月报道 is a past March. */
export function reportedBefore(after: string): boolean {
  return MEDIA_REPORT.test(after);
}

/**
 * The day a report was made when the time just read dates a report (路透社3月10日报道说，布林肯将在下月访华)
 * and its sentence goes on to a plan: relative times after it count from that day. Null otherwise.
 */
export function reportedAt(r: Resolved, text: string, end: number, published: string | null): string | null {
  if (!published || !r.to || r.to >= published || r.range) return null;
  if (r.precision !== "day" && r.precision !== "month" && r.precision !== "part-of-month") return null;
  const m = REPORTED.exec(text.slice(end));
  if (!m) return null;
  return FUTURE_AFTER.test(text.slice(end + m[0].length)) ? r.to : null;
}

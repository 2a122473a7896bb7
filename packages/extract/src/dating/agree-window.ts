// widenByAgreement: a dateline only its recalled contacts fix (去年6月 → some day of 2024) widened to the months they allow.
import type { Extraction } from "../model.ts";
import { plusMonths } from "./candidates.ts";
import type { Reextract } from "./cross-date.ts";
import { widenUnsure } from "./widen.ts";

/** Options of widenByAgreement. */
export interface AgreeWindowOptions {
  /** Months tried on either side of the dateline. */
  months: number;
}

/** Defaults: up to eleven months either side (a 去年 or 今年 recall fixes a year, no more). */
export const DEFAULT_AGREE_WINDOW_OPTIONS: AgreeWindowOptions = { months: 11 };

/**
 * The dateline of a text that dates nothing on its own, set from a trial day by the contacts other articles date
 * (see crossDate), is a guess within the months under which those contacts still agree (去年6月 agrees all through
 * 2024; 上月14日 only in one month). Steps month by month each way while `agrees` holds, then re-extracts the text
 * under the last and the first day of those months and widens every date the two disagree on (see widenUnsure):
 * a 26日 or 本周 the unknown day decides becomes the months it can be in, rather than a day made up. Unchanged when
 * no other month agrees.
 *
 * @example widenByAgreement(kept, reextract, (e) => agreeingEvents(e, index) >= 2)
 */
export function widenByAgreement(extraction: Extraction, reextract: Reextract, agrees: (e: Extraction) => boolean, options: Partial<AgreeWindowOptions> = {}): Extraction {
  const opts = { ...DEFAULT_AGREE_WINDOW_OPTIONS, ...options };
  const doc = extraction.document;
  const own = doc.dateline ? { ...doc.dateline } : null;
  if (doc.published || !own) return extraction;
  const day = own.date.slice(0, 10);
  const reach = (step: 1 | -1): { k: number; extraction: Extraction | null } => {
    let last: { k: number; extraction: Extraction | null } = { k: 0, extraction: null };
    for (let k = step; Math.abs(k) <= opts.months; k += step) {
      const tried = reextract({ date: plusMonths(day, k), basis: own.basis });
      if (!agrees(tried)) break;
      last = { k, extraction: tried };
    }
    return last;
  };
  const late = reach(1);
  const early = reach(-1);
  doc.dateline = own;
  if (!late.extraction && !early.extraction) return extraction;
  const [hi, lo] = [plusMonths(day, late.k), plusMonths(day, early.k)];
  const kept = late.extraction ?? extraction;
  const other = early.extraction ?? extraction;
  doc.dateline = { date: hi, inferred: true, basis: `${hi}: the latest day of ${lo}..${hi}, the months under which ${own.basis}; dates the day decides widened` };
  return { ...kept, document: doc, events: widenUnsure(kept.events, other.events, lo) };
}

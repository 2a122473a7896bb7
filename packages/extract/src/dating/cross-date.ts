// crossDate: the dateline of an undated article, chosen by how many of its events the dated articles confirm.
import type { Extraction } from "../model.ts";
import { storyYearFloor } from "../time/year-of-text.ts";
import { candidateDates } from "./candidates.ts";
import { eventKey, entitiesById, locatedSpan, type DatedEvents } from "./dated-events.ts";
import { widenByAgreement } from "./agree-window.ts";
import { fitWeekdays } from "./fit-weekdays.ts";
import { fitLeadDay } from "./lead-day.ts";
import { writtenPastAfter } from "./past-days.ts";

/** Options of crossDate. */
export interface CrossDateOptions {
  /** Candidate datelines tried (each costs one re-extraction of the article). */
  maxCandidates: number;
  /** Events that must agree under a candidate before it replaces the text's own dating. */
  minAgreeing: number;
  /** The latest year the article can be from (the corpus's latest year); null for no bound. */
  ceiling: number | null;
  /** Whether a text that dates nothing on its own is first read under a trial dateline (see crossDate). */
  probe: boolean;
}

/** Defaults: four candidates, two agreeing events, no ceiling, a trial dateline for texts that date nothing. */
export const DEFAULT_CROSS_DATE_OPTIONS: CrossDateOptions = { maxCandidates: 4, minAgreeing: 2, ceiling: null, probe: true };

/** The extraction kept for an undated article, and why its dateline moved (null when it did not). */
export interface CrossDated {
  extraction: Extraction;
  basis: string | null;
}

/** A dateline to re-extract an article under. */
export type Reextract = (dateline: { date: string; basis: string }) => Extraction;

/** A trial dateline inside the year bounds: the middle of the latest year allowed (or of this year). */
function trialDay(bounds: { floor: number | null; ceiling: number | null }): string {
  const year = bounds.ceiling !== null ? bounds.ceiling - 1 : new Date().getUTCFullYear();
  return `${Math.max(year, bounds.floor ?? year)}-07-01`;
}

/** How many distinct events of the extraction fall where a dated article puts the same kind and participants. */
export function agreeingEvents(extraction: Extraction, index: DatedEvents): number {
  const entities = entitiesById(extraction);
  const agreeing = new Set<string>();
  for (const event of extraction.events) {
    const key = eventKey(event, entities);
    const span = locatedSpan(event);
    if (key && span && index.agrees(key, span)) agreeing.add(`${key}|${span.from}`);
  }
  return agreeing.size;
}

/**
 * Dates an undated article by the other articles of the build: tries the candidate datelines under which its
 * events would fall on the dated articles' days (see candidateDates), re-extracting it under each, and keeps the
 * one under which the most events agree when that beats the text's own dating by at least one event and reaches
 * `minAgreeing`; otherwise the baseline stays (the text's own years, 去年 chains and weekdays decided it).
 * A candidate is never older than the latest year the text writes in a reported clause, nor, for a text with no
 * dateline of its own, one under which a month or year it reports as past would come after it (安倍2月访美…7月在汉堡
 * 亦有会谈: not February; see writtenPastAfter). A text that dates nothing
 * on its own is first read under a trial day (the middle of the latest year allowed), which is a candidate too, and
 * the candidates are the trial moved by the months that put its recalled contacts where other articles date them;
 * the kept dateline then moves to the day its weekday-day pairs fall on (see fitWeekdays), or to its lead's bare day
 * later in the month (see fitLeadDay); a trial day moved by months is widened to the months that agree (widenByAgreement).
 *
 * @example const { extraction } = crossDate(base, dated, (dateline) => extractDocument(doc, { lexicon, dateline }));
 */
export function crossDate(baseline: Extraction, index: DatedEvents, reextract: Reextract, options: Partial<CrossDateOptions> = {}): CrossDated {
  const opts = { ...DEFAULT_CROSS_DATE_OPTIONS, ...options };
  const doc = baseline.document;
  if (doc.published || index.size === 0 || baseline.events.length === 0) return { extraction: baseline, basis: null };
  const own = doc.dateline ? { ...doc.dateline } : null;
  const bounds = { floor: storyYearFloor(doc, baseline.times), ceiling: opts.ceiling };
  // 去年6月 · 上月14日 with nothing to anchor them: read under a trial day, a recalled contact another article
  // dates tells how far to move it (去年6月 → 2019-06 under the trial, 2023-06 elsewhere: four years on).
  const probe = !own && opts.probe ? trialDay(bounds) : null;
  // The dated days themselves come first (the text reports them as news), then the trial's.
  const candidates = candidateDates(baseline, index, bounds).slice(0, opts.maxCandidates).map((c) => ({ ...c, trial: false }));
  if (probe) {
    const start = reextract({ date: probe, basis: `${probe}: a trial day for a text that dates nothing` });
    const moved = candidateDates(start, index, bounds).slice(0, opts.maxCandidates);
    for (const c of [{ date: probe, votes: 0 }, ...moved]) if (!candidates.some((d) => d.date === c.date)) candidates.push({ ...c, trial: true });
  }
  const baseScore = agreeingEvents(baseline, index);
  let best: { extraction: Extraction; score: number; date: string; basis: string; trial: boolean } | null = null;
  for (const c of candidates) {
    const basis = `${c.date}: ${c.votes} event(s) of the article fall where other articles date them${own ? ` (the text alone gave ${own.date})` : ""}`;
    const extraction = reextract({ date: c.date, basis });
    // 安倍2月访美…7月在汉堡亦有会谈 with no dateline of its own: a recalled contact's day is no dateline when the
    // text calls past what would come after it (a trial day's month is a guess: its later months are widened).
    if (!own && !c.trial && writtenPastAfter(extraction, c.date) > 0) continue;
    const score = agreeingEvents(extraction, index);
    if (!best || score > best.score) best = { extraction, score, date: c.date, basis: `${basis}; ${score} agree`, trial: c.trial };
  }
  if (best && best.score > baseScore && best.score >= opts.minAgreeing) {
    doc.dateline = { date: best.date, inferred: true, basis: best.basis };
    const score = best.score;
    // 周二（23日）: a day the year or month the agreeing events fix leaves open is set by the written weekdays.
    const agrees = (e: Extraction): boolean => agreeingEvents(e, index) >= score;
    const weekdays = fitWeekdays(best.extraction, reextract, agrees);
    // 30、31日 in the lead, a recalled 本月7日至9日 elsewhere: the lead's day, later in the month, is the news.
    const fitted = weekdays === best.extraction ? fitLeadDay(weekdays, reextract, agrees) : weekdays;
    // A trial day moved by whole months is no day the text names: widen what it alone decided.
    const kept = best.trial && fitted === best.extraction ? widenByAgreement(fitted, reextract, agrees) : fitted;
    return { extraction: kept, basis: kept.document.dateline?.basis ?? best.basis };
  }
  // The re-extractions wrote their datelines on the shared document: put the text's own back.
  doc.dateline = own;
  return { extraction: baseline, basis: null };
}

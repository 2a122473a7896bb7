// crossDate: the dateline of an undated article, chosen by how many of its events the dated articles confirm.
import type { Extraction } from "../model.ts";
import { storyYearFloor } from "../time/year-of-text.ts";
import { candidateDates } from "./candidates.ts";
import { eventKey, entitiesById, locatedSpan, type DatedEvents } from "./dated-events.ts";

/** Options of crossDate. */
export interface CrossDateOptions {
  /** Candidate datelines tried (each costs one re-extraction of the article). */
  maxCandidates: number;
  /** Events that must agree under a candidate before it replaces the text's own dating. */
  minAgreeing: number;
  /** The latest year the article can be from (the corpus's latest year); null for no bound. */
  ceiling: number | null;
}

/** Defaults: four candidates, two agreeing events, no ceiling. */
export const DEFAULT_CROSS_DATE_OPTIONS: CrossDateOptions = { maxCandidates: 4, minAgreeing: 2, ceiling: null };

/** The extraction kept for an undated article, and why its dateline moved (null when it did not). */
export interface CrossDated {
  extraction: Extraction;
  basis: string | null;
}

/** A dateline to re-extract an article under. */
export type Reextract = (dateline: { date: string; basis: string }) => Extraction;

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
 * A candidate is never older than the latest year the text writes in a reported clause.
 *
 * @example const { extraction } = crossDate(base, dated, (dateline) => extractDocument(doc, { lexicon, dateline }));
 */
export function crossDate(baseline: Extraction, index: DatedEvents, reextract: Reextract, options: Partial<CrossDateOptions> = {}): CrossDated {
  const opts = { ...DEFAULT_CROSS_DATE_OPTIONS, ...options };
  const doc = baseline.document;
  if (doc.published || index.size === 0 || baseline.events.length === 0) return { extraction: baseline, basis: null };
  const own = doc.dateline ? { ...doc.dateline } : null;
  const bounds = { floor: storyYearFloor(doc, baseline.times), ceiling: opts.ceiling };
  const candidates = candidateDates(baseline, index, bounds).slice(0, opts.maxCandidates);
  const baseScore = agreeingEvents(baseline, index);
  let best: { extraction: Extraction; score: number; date: string; basis: string } | null = null;
  for (const c of candidates) {
    const basis = `${c.date}: ${c.votes} event(s) of the article fall where other articles date them${own ? ` (the text alone gave ${own.date})` : ""}`;
    const extraction = reextract({ date: c.date, basis });
    const score = agreeingEvents(extraction, index);
    if (!best || score > best.score) best = { extraction, score, date: c.date, basis: `${basis}; ${score} agree` };
  }
  if (best && best.score > baseScore && best.score >= opts.minAgreeing) {
    doc.dateline = { date: best.date, inferred: true, basis: best.basis };
    return { extraction: best.extraction, basis: best.basis };
  }
  // The re-extractions wrote their datelines on the shared document: put the text's own back.
  doc.dateline = own;
  return { extraction: baseline, basis: null };
}

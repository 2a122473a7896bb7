// Office terms: the years an undated article can be from, by the titles it gives people the lexicon knows.
import type { Lexicon } from "../lexicon/index.ts";
import type { Extraction } from "../model.ts";
import { plusMonths } from "./candidates.ts";
import type { Reextract } from "./cross-date.ts";

/** 前国务卿 · 时任国务卿 · 已故 · 卸任: a title of the past says nothing about the article's year. */
export const FORMER = /前|时任|原任|已故|卸任|曾任/;
/** Datelines whose year rests on weak evidence only (the corpus's year, or background years). */
export const WEAK_YEAR = /year hint|in background/;

/** A span of years, both ends included. */
export interface YearSpan {
  from: number;
  to: number;
}

/**
 * The years in which every person the article names with a title held it, by the lexicon's terms
 * (美国国务卿蒂勒森 → 2017-2018); a title preceded by 前/时任 is skipped. Null when no title constrains the
 * year, or the terms do not overlap.
 */
export function termYears(extraction: Extraction, lexicon: Lexicon, thisYear: number): YearSpan | null {
  let from = -Infinity;
  let to = Infinity;
  for (const entity of extraction.entities) {
    const entry = entity.type === "person" && entity.known ? lexicon.byId(entity.id) : undefined;
    if (!entry || entry.type !== "person") continue;
    for (const m of entity.mentions) {
      if (!m.role) continue;
      const text = extraction.document.paragraphs[m.paragraph]?.simplified ?? "";
      if (FORMER.test(text.slice(Math.max(0, m.start - m.role.title.length - 4), m.start))) continue;
      const terms = entry.roles.filter((r) => r.since !== undefined && (r.title === m.role?.title || (r.titleEn !== undefined && r.titleEn === m.role?.titleEn)));
      if (terms.length === 0) continue;
      from = Math.max(from, Math.min(...terms.map((r) => r.since ?? thisYear)));
      to = Math.min(to, Math.max(...terms.map((r) => r.until ?? thisYear)));
    }
  }
  return Number.isFinite(from) && Number.isFinite(to) && from <= to ? { from, to } : null;
}

/**
 * Moves an undated article whose year rests only on the corpus's year or on background years into the years its
 * titled people held office (re-extracting it once); returns the extraction unchanged otherwise.
 *
 * @example extraction = dateByTerms(extraction, lexicon, (dateline) => extractDocument(doc, { lexicon, dateline }));
 */
export function dateByTerms(extraction: Extraction, lexicon: Lexicon, reextract: Reextract, thisYear = new Date().getUTCFullYear()): Extraction {
  const dateline = extraction.document.dateline;
  if (extraction.document.published || !dateline?.inferred || !WEAK_YEAR.test(dateline.basis)) return extraction;
  const span = termYears(extraction, lexicon, thisYear);
  const year = Number(dateline.date.slice(0, 4));
  if (!span || (year >= span.from && year <= span.to)) return extraction;
  const target = year < span.from ? span.from : span.to;
  const date = plusMonths(dateline.date, (target - year) * 12);
  return reextract({ date, basis: `${date}: the titles it gives people were held in ${span.from}-${span.to} (the text alone gave ${dateline.date})` });
}

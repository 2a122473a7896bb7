// findTimesEn: the English time expressions of a document, anchored on its publication date.
import type { Document, Sentence, TimeExpr } from "../model.ts";
import { dateFromUrl } from "../time/index.ts";
import { parseIso } from "../time/calendar.ts";
import { EN_TIME_RULES, type EnglishTimeRule } from "./dates.ts";
import { anchorKind, resolveMatch } from "./resolve-time.ts";
import { tenseAt } from "./tense.ts";

/** Options of findTimesEn. */
export interface FindTimesEnOptions {
  /** Infer a dateline from the URL or the latest full date in the text when the document states none. */
  infer: boolean;
  /** The rules to run (default: EN_TIME_RULES). */
  rules: readonly EnglishTimeRule[];
}

/** Defaults: infer, built-in rules. */
export const DEFAULT_FIND_TIMES_EN_OPTIONS: FindTimesEnOptions = { infer: true, rules: EN_TIME_RULES };

/**
 * A wire dateline opening a paragraph: "WASHINGTON, Oct 26 (Reuters) -", "SAN FRANCISCO (AP) —". A date in it
 * dates the report, not the events the paragraph tells of.
 */
export const DATELINE = /^\s*[A-Z][A-Z .'\/-]*[A-Z],?(?:\s+[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?\s*(?:\([A-Za-z .]+\)\s*)?[-–—]+\s/;

interface Hit {
  rule: EnglishTimeRule;
  m: RegExpExecArray;
  start: number;
  end: number;
}

/** Non-overlapping matches of the rules in one text, earlier rules and longer matches first. */
function scan(text: string, rules: readonly EnglishTimeRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ rule, m, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function anchorAll(sentences: Sentence[], anchor: string | null, basis: "published" | "inferred" | "none", rules: readonly EnglishTimeRule[]): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const s of sentences) {
    const dateline = s.start === 0 ? (DATELINE.exec(s.text)?.[0].length ?? 0) : 0;
    for (const h of scan(s.text, rules)) {
      const r = resolveMatch(h.rule, h.m, anchor, tenseAt(s.text, h.start));
      out.push({
        surface: h.m[0],
        paragraph: s.paragraph,
        start: s.start + h.start,
        end: s.start + h.end,
        from: r.from,
        to: r.to,
        precision: r.precision,
        range: r.range,
        anchor: anchorKind(r, basis),
        rule: h.end <= dateline ? "en-dateline" : h.rule.name,
      });
    }
  }
  return out;
}

/**
 * Finds and normalizes the English time expressions of `doc` ("on Thursday", "October 26-28", "in July",
 * "last week"), relative ones against `doc.published`, else against a date inferred from the URL or from the
 * latest full date the text writes (returned as an inferred dateline).
 * @example const { times, dateline } = findTimesEn(doc, sentences);
 */
export function findTimesEn(doc: Document, sentences: Sentence[], options: Partial<FindTimesEnOptions> = {}): { times: TimeExpr[]; dateline: Document["dateline"] } {
  const o = { ...DEFAULT_FIND_TIMES_EN_OPTIONS, ...options };
  const published = parseIso(doc.published) ? doc.published!.slice(0, 10) : null;
  if (published) return { times: anchorAll(sentences, published, "published", o.rules), dateline: { date: published, inferred: false, basis: "published" } };
  const bare = anchorAll(sentences, null, "none", o.rules);
  if (!o.infer) return { times: bare, dateline: null };
  const fromUrl = dateFromUrl(doc.url);
  let date = fromUrl;
  let basis = fromUrl ? `date in the URL ${fromUrl}` : "";
  if (!date) {
    for (const t of bare) {
      if (t.anchor === "absolute" && t.precision === "day" && t.to && (!date || t.to > date)) date = t.to;
    }
    basis = date ? `latest absolute date ${date}` : "";
  }
  if (!date) return { times: bare, dateline: null };
  return { times: anchorAll(sentences, date, "inferred", o.rules), dateline: { date, inferred: true, basis } };
}

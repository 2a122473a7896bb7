// findTimes: every time expression of a document, in document order, anchored on its date.
import type { Document, Sentence, TimeExpr } from "../model.ts";
import { datelineDay } from "./dateline-day.ts";
import { DEFAULT_INFER_OPTIONS, inferDocumentDate, type InferOptions } from "./infer.ts";
import { scanSentence, toTimeExpr, type RawTime } from "./scanner.ts";
import { roughSentences } from "./sentences.ts";
import type { AnchorState } from "./types.ts";
import { OUTLET_UTC_OFFSETS, publishedDay } from "./zones.ts";

/** Options of findTimes. */
export interface FindTimesOptions extends InferOptions {
  /** Infer a dateline from the text when the document states no date (default true). */
  infer: boolean;
  /** Outlet name → hours east of UTC, to read a UTC publication time as the newsroom's day. */
  utcOffsets: Readonly<Record<string, number>>;
  /** A date found for an undated document outside its text (cross-document dating): anchors it instead of inferring one. */
  dateline: { date: string; basis: string } | null;
}

/** Defaults: infer undated documents' dates, no year hint, the known newsrooms' zones. */
export const DEFAULT_FIND_TIMES_OPTIONS: FindTimesOptions = { ...DEFAULT_INFER_OPTIONS, infer: true, utcOffsets: OUTLET_UTC_OFFSETS, dateline: null };

/** What findTimes returns: the times and the date they were anchored on. */
export interface FoundTimes {
  times: TimeExpr[];
  dateline: Document["dateline"];
}

/**
 * Finds and normalizes every time expression of `doc`, sentence by sentence in document order, so that
 * bare days and 前一天 anchor on the text before them. Relative forms anchor on `doc.published`, else on a
 * date inferred from the text (returned as an inferred dateline, never written to `published`), else stay
 * unresolved. With no sentences, paragraphs are split at 。！？；.
 *
 * @example const { times, dateline } = findTimes(doc, sentences);
 */
export function findTimes(doc: Document, sentences: Sentence[], options: Partial<FindTimesOptions> = {}): FoundTimes {
  const opts = { ...DEFAULT_FIND_TIMES_OPTIONS, ...options };
  const list = sentences.length > 0 ? sentences : doc.paragraphs.flatMap(roughSentences);
  const stamped = publishedDay(doc.published, doc.outlet, opts.utcOffsets);
  if (stamped) {
    // （中央社华盛顿19日综合外电报导）: the filing day abroad is what the story's 今天 means.
    // The document keeps its publication day; its relative words count from the filing day.
    const filed = datelineDay(doc, stamped);
    const { times } = anchorAll(list, filed ?? stamped, "published");
    let basis = stamped === doc.published?.slice(0, 10) ? "published" : `published ${doc.published}, the newsroom's day`;
    if (filed && filed !== stamped) basis += `; 今天 is the dateline's day ${filed}`;
    return { times, dateline: { date: stamped, inferred: false, basis } };
  }
  if (opts.dateline) {
    const dateline = { date: opts.dateline.date, inferred: true, basis: opts.dateline.basis };
    return { times: anchorAll(list, dateline.date, "inferred").times, dateline };
  }
  const unanchored = anchorAll(list, null, "none");
  const inferred = opts.infer ? inferDocumentDate(doc, unanchored.times, opts) : null;
  if (!inferred) return { times: unanchored.times, dateline: null };
  // The second pass rescans only the sentences where the first found something.
  return { times: anchorAll(list, inferred.date, "inferred", unanchored.candidates).times, dateline: inferred };
}

/** Scans every sentence (or only those flagged in `only`) with one running anchor state. */
function anchorAll(
  sentences: Sentence[],
  anchor: string | null,
  anchorKind: AnchorState["anchorKind"],
  only?: boolean[],
): { times: TimeExpr[]; candidates: boolean[] } {
  const state: AnchorState = { anchor, anchorKind, lastFull: null, lastMonth: null, lastNarrative: null, lastExplicit: null };
  const times: TimeExpr[] = [];
  const candidates: boolean[] = [];
  const raws: RawTime[] = [];
  sentences.forEach((s, i) => {
    if (only && !only[i]) {
      candidates.push(false);
      return;
    }
    raws.length = 0;
    state.paragraph = s.paragraph;
    candidates.push(scanSentence(s.simplified, state, raws));
    for (const raw of raws) times.push(toTimeExpr(raw, s.text, s.paragraph, s.start));
  });
  return { times, candidates };
}

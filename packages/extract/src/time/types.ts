// Internal types of the time normalizer: the running anchor state, rule results and the rules themselves.
import type { Precision, TimeExpr } from "../model.ts";

/** Tense of the clause around an expression. */
export type Tense = "past" | "future";

/** What relative and partial expressions resolve against, updated in document order. */
export interface AnchorState {
  /** Publication (or inferred) day, YYYY-MM-DD. */
  anchor: string | null;
  /** How `anchor` was obtained. */
  anchorKind: "published" | "inferred" | "none";
  /** Last day-precision date in the text so far (for 前一天, 同一天, 次日). */
  lastFull: string | null;
  /** First day of the last full date when it was a range (2月21日至24日 → 2月21日), and the paragraph it was written in. */
  lastFullFrom?: string | null;
  fullParagraph?: number;
  /** Last explicitly written month in the text so far, YYYY-MM (for 26日). */
  lastMonth: string | null;
  /** Last day-precision date of the narrative: not after the anchor, not in a future clause (for 当天). */
  lastNarrative: string | null;
  /** The first narrative day of the text: the story's day, what 当天稍早 returns to after a recap of earlier days. */
  leadDay?: string | null;
  /** True once the sentence being scanned has set `lastFull` (次日 then continues that sentence's story). */
  fullInSentence?: boolean;
  /** True once the sentence being scanned has written a month (a later bare day in it takes that month). */
  monthInSentence?: boolean;
  /** True when `lastMonth` was written after `lastFull` (7月下旬 after 去年6月12日). */
  monthAfterFull?: boolean;
  /** The paragraph being scanned, and the one where `lastMonth` was written (a month of an earlier paragraph may be a recall). */
  paragraph?: number;
  monthParagraph?: number;
  /** True when `lastMonth` lies after the anchor's month (明年1月将…): a plan, not the month of later days. */
  monthAhead?: boolean;
  /** Last explicitly written year (YYYY) or month (YYYY-MM), for 同年, 次年, 同月. */
  lastExplicit: string | null;
  /** An evening arrival's day written after the last narrative date (周日晚间抵达): what 当晚 means. */
  lastEvening?: string | null;
  /** Event noun → the day of the clause that last wrote it with a narrative date (会晤 → 2025-10-30, for 会晤当天). */
  eventDays?: Readonly<Record<string, string>>;
  /** A fixed tense for every expression; undefined means detect it per clause. */
  tense?: Tense | null;
}

/** An interval a rule resolved, before offsets are attached. */
export interface Resolved {
  from: string | null;
  to: string | null;
  precision: Precision | null;
  range?: boolean;
  anchor: TimeExpr["anchor"];
  /** A week span (上周): day precision, but not a date that 前一天 may count from. */
  week?: boolean;
}

/** What a rule sees when it resolves one match. */
export interface MatchContext {
  state: AnchorState;
  /** Tense around the match: its clause, else the rest of the sentence (computed on demand). */
  tense(): Tense | null;
  /** Tense of the match's own clause only. */
  clauseTense(): Tense | null;
  /** True when an event is named right before the match (访华一个月后): a count runs from it. */
  afterEvent(): boolean;
  /** The next `n` characters after the match. */
  textAfter(n: number): string;
  /** The day of the event named right before the match (会晤当天 → the day of the last dated 会晤), or null. */
  namedEventDay(): string | null;
  /** True when an event noun stands right before the match (阅兵前一天), dated by the text or not. */
  namesEvent(): boolean;
  /** Tense of the match's own clause, or of the clauses after it when the time nearly is its clause. */
  headTense(): Tense | null;
}

/** One recognition rule: a named regex source and how to resolve its capture groups. */
export interface TimeRule {
  name: string;
  /** Regex source; its capture groups are passed to `resolve` in order. */
  pattern: string;
  /** The surface writes a month number: it becomes the text's month for later bare days. */
  writesMonth?: boolean;
  /** The surface writes a year or a month (2019年, 去年11月, 10月26日): 同年 and 同月 refer to it. */
  explicit?: "year" | "month";
  /** Not an expression itself but a prefix for the next one (当地时间). */
  prefix?: boolean;
  /** Turns the groups into an interval; null rejects the match. */
  resolve(groups: (string | undefined)[], ctx: MatchContext): Resolved | null;
}

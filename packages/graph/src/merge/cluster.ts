// One event being merged: its sources, participants, places and the dates its most precise sources give.
import type { EventSource, EventType, Precision } from "../model.ts";
import { intervalOf, monthBucket, precisionRank, type DayInterval } from "../time/days.ts";

/** One event mention with resolved entity ids, ready to merge. */
export interface MergeInput {
  type: EventType;
  /** Global entity ids, unique. */
  participants: string[];
  place: string | null;
  precision: Precision | null;
  status: EventSource["status"];
  source: EventSource;
  /** True when its dates were cut to their first unit: a "since" (自2019年6月以来) or a misread range. */
  since?: boolean;
  /** True when the quote is its article's title (a headline dates from the publication, not the event's place). */
  headline?: boolean;
}

/** The type class events merge within: meetings and summits together; visits; calls. */
export function typeClass(type: string): string {
  return type === "summit" ? "meeting" : type;
}

/** A merged event under construction. */
export class Cluster {
  readonly participants: Set<string>;
  readonly inputs: MergeInput[] = [];
  private readonly placeSet = new Set<string>();
  /** Union of the intervals of the most precise sources (used to test overlap). */
  span: DayInterval | null = null;
  /** Intersection of the most precise sources' intervals where they agree (the output dates). */
  best: DayInterval | null = null;
  rank = 9;
  /** Buckets this cluster is registered in, as a month range. */
  bucketLo = Infinity;
  bucketHi = -Infinity;
  merged = false;
  /** Start months of the dated sources that say it did not happen, and of all the others. */
  readonly otherMonths = new Set<number>();
  readonly notHappenedMonths = new Set<number>();
  /** Documents of its sources. */
  readonly documents = new Set<string>();

  constructor(readonly cls: string, participants: Iterable<string>) {
    this.participants = new Set(participants);
  }

  /**
   * Adds a mention; its dates count when it is at least as precise as the sources so far, unless
   * `dates` is false (a report a day off joins without stretching the event, so reports cannot chain).
   */
  add(input: MergeInput, dates = true): void {
    this.inputs.push(input);
    this.documents.add(input.source.document);
    if (input.place) this.placeSet.add(input.place);
    for (const p of input.participants) this.participants.add(p);
    const own = intervalOf(input.source.from, input.source.to);
    if (own) (input.status === "not-happened" ? this.notHappenedMonths : this.otherMonths).add(monthBucket(own.lo));
    const iv = dates ? own : null;
    if (!iv) return;
    const rank = precisionRank(input.precision);
    if (rank < this.rank) {
      this.rank = rank;
      this.span = { ...iv };
      this.best = { ...iv };
    } else if (rank === this.rank && this.span && this.best) {
      this.span = { lo: Math.min(this.span.lo, iv.lo), hi: Math.max(this.span.hi, iv.hi) };
      const lo = Math.max(this.best.lo, iv.lo);
      const hi = Math.min(this.best.hi, iv.hi);
      // Where equally precise sources disagree (a day off across time zones), the first ones stand.
      if (lo <= hi) this.best = { lo, hi };
    }
  }

  /** Takes over every mention of another cluster. */
  absorb(other: Cluster): void {
    const sorted = [...other.inputs].sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision));
    for (const input of sorted) this.add(input);
    for (const p of other.participants) this.participants.add(p);
    other.merged = true;
  }

  /** The places its sources name, in the order first named. */
  places(): ReadonlySet<string> {
    return this.placeSet;
  }
}

/**
 * False when a mention would join an event its status contradicts: a visit 原定2月…推迟 (not
 * happened) is neither the visit that happened in June nor the one planned for June, whatever the
 * dates' overlap says.
 */
export function statusFits(c: Cluster, status: EventSource["status"], iv: DayInterval | null): boolean {
  if (!iv) return true;
  const other = status === "not-happened" ? c.otherMonths : c.notHappenedMonths;
  if (other.size === 0) return true;
  const month = monthBucket(iv.lo);
  for (const m of other) if (m !== month) return false;
  return true;
}

/** Whether two clusters' statuses allow one to join the other (see `statusFits`). */
export function statusesFit(a: Cluster, b: Cluster): boolean {
  for (const m of a.otherMonths) for (const n of b.notHappenedMonths) if (m !== n) return false;
  for (const m of a.notHappenedMonths) for (const n of b.otherMonths) if (m !== n) return false;
  return true;
}

/** True when the mention and the event both come from one article's body, neither only from its headline. */
export function bodyReports(c: Cluster, input: MergeInput): boolean {
  const doc = input.source.document;
  return !input.headline && c.documents.has(doc) && c.inputs.some((i) => i.source.document === doc && !i.headline);
}

// A vague report's place may be another meeting's: in 2022年6月香格里拉对话期间曾举行会谈，当年11月两人又在
// 柬埔寨暹粒会面 (one sentence, two meetings of one pair) the June talks can come out "in 暹粒". When the
// pair's day-dated meeting of that month is elsewhere and the place is where the pair met at another time,
// the report is that month's meeting and the place is the other one's.
import { overlaps, type DayInterval } from "../time/days.ts";
import { statusFits, type Cluster, type MergeInput } from "./cluster.ts";

/** Which events of one block (one kind, one set of people) were held at each place. */
export class PlaceOwners {
  private readonly byPlace = new Map<string, Set<Cluster>>();

  /** Records that the event now has a source naming `place`. */
  note(c: Cluster, place: string | null): void {
    if (place === null) return;
    const set = this.byPlace.get(place);
    if (set) set.add(c);
    else this.byPlace.set(place, new Set([c]));
  }

  /**
   * The one event a less precise mention joins without its place: the only more precise event its dates
   * overlap (which its place had kept it from), while its place is that of another event of the same
   * people its dates do not overlap. null when the mention is day-precise, has no place, or fits no
   * such pair of events.
   * @example owners.lender(pool, { ...talks, place: "place:siem-reap" }, june2022, 2) // the 2022-06-10 Singapore talks
   */
  lender(pool: Iterable<Cluster>, input: MergeInput, iv: DayInterval, rank: number): Cluster | null {
    if (rank === 0 || input.place === null) return null;
    const owners = this.byPlace.get(input.place);
    if (!owners) return null;
    let elsewhere = false;
    for (const c of owners) if (c.best && c.rank <= rank && !overlaps(c.best, iv)) elsewhere = true;
    if (!elsewhere) return null;
    let found: Cluster | null = null;
    for (const c of pool) {
      if (c === found || owners.has(c) || !c.span || c.rank >= rank || !overlaps(c.span, iv) || !statusFits(c, input.status, iv)) continue;
      if (found) return null;
      found = c;
    }
    return found;
  }

  /**
   * The event a caption or heading belongs to when its day was read off another report of its article
   * (date:story) and its place is not that day's: 习近平安倍符拉迪沃斯托克会晤 over an article on the Beijing
   * talks of 26日 is the Vladivostok meeting the body dates to 9月12日. It needs an event of its day held
   * elsewhere (the report it was dated by) and one event of the same people at exactly its place; else null.
   * @example owners.storyOwner({ ...heading, place: "place:vladivostok" }, pool, oct26) // the 2018-09-12 meeting
   */
  storyOwner(input: MergeInput, pool: Iterable<Cluster>, iv: DayInterval): Cluster | null {
    if (input.place === null || !storyDated(input)) return null;
    const owners = this.byPlace.get(input.place);
    if (!owners || owners.size !== 1) return null;
    const [c] = owners;
    if (!c || !c.best || !statusFits(c, input.status, c.best)) return null;
    for (const d of pool) if (d !== c && d.span && overlaps(d.span, iv) && !owners.has(d)) return c;
    return null;
  }
}

/** Whether a report's day was read off another report of its article (a caption or heading: date:story). */
export function storyDated(input: MergeInput): boolean {
  return (input.source.rule ?? "").includes("date:story");
}

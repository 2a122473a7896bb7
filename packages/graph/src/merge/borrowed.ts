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
}

// Merges event mentions into one event per real-world event without comparing every pair:
// candidates are blocked by type class + sorted participants, then by month buckets.
import { monthBucket, intervalOf, overlaps, precisionRank } from "../time/days.ts";
import { bodyReports, Cluster, statusFits, typeClass, type MergeInput } from "./cluster.ts";
import type { PlaceRelations } from "./places.ts";
import { joinSubsets } from "./subsets.ts";
import { borrowedDay, documentsDating, ownArticle, thisTrip, tripReports } from "./anaphora.ts";
import { nearest, plausible } from "./undated-fit.ts";
import { PlaceOwners, storyDated } from "./borrowed.ts";
import { misplaced, misplacedSpan, wider } from "./misplaced.ts";
import { MAX_BUCKET_SCAN, range, register } from "./buckets.ts";
import { homeCountries, oneDayPlaces } from "./one-day.ts";
import { contactOf } from "./hopes.ts";

/** Days two day-precise reports may differ by and still be one event. */
const DAY_TOLERANCE = 1;

/** Merges buffered mentions; call `clusters()` once all are added. */
export class EventMerger {
  private readonly blocks = new Map<string, MergeInput[]>();

  /** `countryOf`: a person's country, so a meeting "in" a participant's own country fits weakly (see `placeScore`). */
  constructor(
    private readonly places: PlaceRelations,
    private readonly countryOf: (person: string) => string | null = () => null,
  ) {}

  /** Buffers one mention. */
  add(input: MergeInput): void {
    const key = `${typeClass(input.type)}|${[...input.participants].sort().join("|")}`;
    const list = this.blocks.get(key);
    if (list) list.push(input);
    else this.blocks.set(key, [input]);
  }

  /** The merged events (order: block by block). */
  clusters(): Cluster[] {
    const out: Cluster[] = [];
    for (const inputs of this.blocks.values()) out.push(...this.mergeBlock(inputs));
    return joinSubsets(out, this.places);
  }

  private mergeBlock(inputs: MergeInput[]): Cluster[] {
    const dated: { input: MergeInput; lo: number; hi: number; rank: number }[] = [];
    const undated: MergeInput[] = [];
    const trips = documentsDating(inputs);
    const reports = tripReports(inputs);
    const fits = (a: string | null, b: string | null) => this.places.fit(a, b) > 0;
    for (const input of inputs) {
      const lent = (thisTrip(input) && trips.has(input.source.document)) || borrowedDay(input, reports, fits);
      const iv = lent ? null : intervalOf(input.source.from, input.source.to);
      if (iv) dated.push({ input, ...iv, rank: precisionRank(input.precision) });
      else undated.push(input);
    }
    // Headlines last: their day (reckoned from the publication) joins the body's, never the reverse.
    // So do captions dated by another report of their article (date:story): they join the day's event, not lead it.
    const late = (i: MergeInput) => (i.headline || storyDated(i) ? 1 : 0);
    dated.sort((a, b) => a.rank - b.rank || late(a.input) - late(b.input) || a.lo - b.lo || a.hi - b.hi);
    const first = inputs[0]!;
    const cls = typeClass(first.type);
    const clusters: Cluster[] = [];
    const buckets = new Map<number, Cluster[]>();
    const owners = new PlaceOwners();
    for (const d of dated) {
      const iv = { lo: d.lo, hi: d.hi };
      const bLo = monthBucket(d.lo - DAY_TOLERANCE);
      const bHi = monthBucket(d.hi + DAY_TOLERANCE);
      const seen = new Set<Cluster>();
      const pool = bHi - bLo > MAX_BUCKET_SCAN ? clusters : range(bLo, bHi).flatMap((b) => buckets.get(b) ?? []);
      let pick: Cluster | null = null;
      let pickScore = -1;
      let pickExact = false;
      for (const c of pool) {
        if (seen.has(c)) continue;
        seen.add(c);
        if (!c.span || !c.best) continue;
        const exact = overlaps(c.span, iv);
        // Two day-precise reports a day apart are one event seen from two time zones (当地时间 vs 北京时间),
        // unless one article's body reports both days: 20日非正式会晤 and 21日正式会谈 are two meetings.
        // Its headline's day (同日, 昨日 reckoned from the publication) is no second day.
        const zones = d.rank === 0 && c.rank === 0 && !bodyReports(c, d.input);
        if (!exact && !(zones && overlaps(c.best, { lo: iv.lo - DAY_TOLERANCE, hi: iv.hi + DAY_TOLERANCE }))) continue;
        if (!statusFits(c, d.input.status, iv)) continue;
        // 当晚，习近平在中南海同普京小范围会晤 after the day's talks in 人民大会堂: one day's meeting of one pair in one city.
        const sameDay = exact && d.rank === 0 && c.rank === 0;
        const score = this.placeScore(c, d.input.place, sameDay);
        if (score < 0) continue;
        const s = (exact ? 1e7 : 0) + score * 1e6 + c.inputs.length;
        if (s > pickScore) [pick, pickScore, pickExact] = [c, s, exact];
      }
      let input = d.input;
      // A heading dated by its article's other contact (date:story) but placed elsewhere is the meeting held there.
      const story = pick ? null : owners.storyOwner(input, pool, iv);
      if (story) {
        story.add(input, false);
        continue;
      }
      const lender = pick ? null : owners.lender(pool, input, iv, d.rank);
      const span = pick || lender ? null : misplacedSpan(pool, input, iv, this.places);
      if (lender) [pick, pickExact, input] = [lender, true, { ...input, place: null }];
      else if (span) [pick, pickExact, input] = [span, true, wider(span, iv) ? { ...input, place: null } : input];
      if (!pick) {
        pick = new Cluster(cls, input.participants);
        clusters.push(pick);
        pickExact = true;
      }
      pick.add(input, pickExact);
      owners.note(pick, input.place);
      register(pick, buckets);
    }
    const datedCount = clusters.length;
    for (const input of undated) {
      const fits = clusters
        .slice(0, datedCount)
        .filter((c) => plausible(c, input))
        .map((c) => ({ c, s: this.placeScore(c, input.place) }))
        .filter((x) => x.s >= 0);
      fits.sort((a, b) => b.s - a.s);
      const tied = fits.filter((f) => f.s === fits[0]!.s).map((f) => f.c);
      const own = ownArticle(tied, input);
      const chosen = own.length === 1 ? own[0]! : nearest(own, input);
      // Two undated reports, one that it happened and one that it did not, are not one event.
      const target = chosen ?? contactOf(clusters.slice(datedCount).filter((c) => this.placeScore(c, input.place) >= 0), input);
      // No event fits its place: the one of its days in its place's country may (see `misplaced`).
      const lent = target || fits.length ? null : misplaced(clusters.slice(0, datedCount), input, this.places);
      if (target) target.add(input, false);
      else if (lent) lent.add({ ...input, place: null }, false);
      else {
        const c = new Cluster(cls, input.participants);
        c.add(input);
        clusters.push(c);
      }
    }
    return clusters;
  }

  /**
   * -1 when a place conflicts with the cluster's, else how well it fits (higher is better); on the
   * same day, two places of one city or (meetings) one country fit weakly.
   */
  private placeScore(c: Cluster, place: string | null, sameDay = false): number {
    let best = 1;
    let sides: Set<string | null> | null = null;
    for (const p of c.places()) {
      const f = this.places.fit(p, place);
      if (f === 0) {
        sides ??= new Set([...c.participants].map((q) => this.countryOf(q)));
        if (!(sameDay && place !== null && oneDayPlaces(this.places, c.cls, p, place, sides)) && !homeCountries(this.places, c.cls, p, place, sides)) return -1;
      }
      if (f > best) best = f;
    }
    return place === null ? 0 : best;
  }
}


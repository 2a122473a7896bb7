// Subset joins: a report naming some of an event's participants joins the one event naming them all.
// Candidates come from the rarest participant's events in the same months, so this stays near-linear.
import { monthBucket, overlaps } from "../time/days.ts";
import { MAX_BUCKET_SCAN, range } from "./buckets.ts";
import { statusesFit, type Cluster } from "./cluster.ts";
import type { PlaceRelations } from "./places.ts";
import { groupApart } from "./group-apart.ts";

/** A participant's multi-person events: by month bucket, plus the undated ones. */
interface MemberIndex {
  size: number;
  byMonth: Map<number, Cluster[]>;
  undated: Cluster[];
}

/**
 * A cluster whose participants are a subset of exactly one other cluster's (same class, dates and
 * places compatible) joins it: 王毅–拜登 joins 王毅–拜登–布林肯 on the same day. The superset's
 * extra people must plausibly have been there: both are day-precise on the same days (for a visit, a day or
 * part of a month: one traveller's day inside a joint trip's 2月中旬), or a source
 * document reports both (and then a plan never joins what happened on other days: 为拜登与习近平
 * 今年稍后可能的会晤铺路 stays out of the 布林肯–习近平 meeting its article reports).
 */
export function joinSubsets(clusters: Cluster[], places: PlaceRelations): Cluster[] {
  const index = new Map<string, MemberIndex>();
  for (const c of clusters) {
    if (c.participants.size < 2) continue;
    for (const p of c.participants) {
      const k = `${c.cls}|${p}`;
      let m = index.get(k);
      if (!m) index.set(k, (m = { size: 0, byMonth: new Map(), undated: [] }));
      m.size++;
      if (!c.span) {
        m.undated.push(c);
        continue;
      }
      for (const b of months(c)) {
        const list = m.byMonth.get(b);
        if (list) list.push(c);
        else m.byMonth.set(b, [c]);
      }
    }
  }
  const bySize = [...clusters].sort((a, b) => a.participants.size - b.participants.size);
  for (const c of bySize) {
    if (c.merged || c.participants.size === 0) continue;
    let rarest: MemberIndex | null = null;
    for (const p of c.participants) {
      const m = index.get(`${c.cls}|${p}`);
      if (!m) {
        rarest = null;
        break;
      }
      if (!rarest || m.size < rarest.size) rarest = m;
    }
    if (!rarest) continue;
    const pool = c.span ? [...rarest.undated, ...months(c).flatMap((b) => rarest.byMonth.get(b) ?? [])] : [...rarest.undated, ...[...rarest.byMonth.values()].flat()];
    const seen = new Set<Cluster>();
    let found: Cluster | null = null;
    for (const d of pool) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (d === c || d.merged || d.participants.size <= c.participants.size) continue;
      if (![...c.participants].every((p) => d.participants.has(p))) continue;
      if (c.span && d.span && !overlaps(c.span, d.span)) continue;
      if (!placesFit(c, d, places) || !companions(c, d)) continue;
      if (found) {
        found = null;
        break;
      }
      found = d;
    }
    if (found) found.absorb(c);
  }
  return clusters.filter((c) => !c.merged);
}

/** The month buckets a cluster's dates reach, as the merger registers them (at most MAX_BUCKET_SCAN past the first). */
function months(c: Cluster): number[] {
  if (!c.span) return [];
  const lo = monthBucket(c.span.lo);
  return range(lo, Math.min(monthBucket(c.span.hi), lo + MAX_BUCKET_SCAN));
}

function placesFit(a: Cluster, b: Cluster, places: PlaceRelations): boolean {
  for (const p of a.places()) for (const q of b.places()) if (places.fit(p, q) === 0) return false;
  return true;
}

/** Whether a superset's extra people are plausibly companions of a subset's (see `joinSubsets`). */
function companions(sub: Cluster, sup: Cluster): boolean {
  if (!statusesFit(sub, sup)) return false;
  if (groupApart(sub, sup)) return false;
  // 莱特希泽和姆努钦2月中旬访问北京 and 莱特希泽15日在北京: a traveller's day inside a joint trip's part of a month.
  const close = sub.cls === "visit" ? sub.rank <= 1 && sup.rank <= 1 : sub.rank === 0 && sup.rank === 0;
  const sameDays = close && !!sub.best && !!sup.best && overlaps(sub.best, sup.best);
  if (sameDays) return true;
  let shared = false;
  for (const doc of sub.documents) if (sup.documents.has(doc)) shared = true;
  return shared && tentative(sub) === tentative(sup);
}

/** True when every source of a cluster only plans or expects it. */
function tentative(c: Cluster): boolean {
  return c.inputs.every((i) => i.status === "planned" || i.status === "possible");
}

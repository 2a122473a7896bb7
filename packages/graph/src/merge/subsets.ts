// Subset joins: a report naming some of an event's participants joins the one event naming them all.
import { overlaps } from "../time/days.ts";
import type { Cluster } from "./cluster.ts";
import type { PlaceRelations } from "./places.ts";

/**
 * A cluster whose participants are a subset of exactly one other cluster's (same class, dates and
 * places compatible) joins it: 王毅–拜登 joins 王毅–拜登–布林肯 on the same day.
 */
export function joinSubsets(clusters: Cluster[], places: PlaceRelations): Cluster[] {
  const byMember = new Map<string, Cluster[]>();
  for (const c of clusters) {
    for (const p of c.participants) {
      const k = `${c.cls}|${p}`;
      const list = byMember.get(k);
      if (list) list.push(c);
      else byMember.set(k, [c]);
    }
  }
  const bySize = [...clusters].sort((a, b) => a.participants.size - b.participants.size);
  for (const c of bySize) {
    if (c.merged || c.participants.size === 0) continue;
    let shortest: Cluster[] | null = null;
    for (const p of c.participants) {
      const list = byMember.get(`${c.cls}|${p}`) ?? [];
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    let found: Cluster | null = null;
    let count = 0;
    for (const d of shortest ?? []) {
      if (d === c || d.merged || d.participants.size <= c.participants.size) continue;
      if (![...c.participants].every((p) => d.participants.has(p))) continue;
      if (c.span && d.span && !overlaps(c.span, d.span)) continue;
      if (!placesFit(c, d, places)) continue;
      found = d;
      if (++count > 1) break;
    }
    if (found && count === 1) found.absorb(c);
  }
  return clusters.filter((c) => !c.merged);
}

function placesFit(a: Cluster, b: Cluster, places: PlaceRelations): boolean {
  for (const p of a.places()) for (const q of b.places()) if (places.fit(p, q) === 0) return false;
  return true;
}

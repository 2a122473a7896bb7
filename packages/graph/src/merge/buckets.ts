// Month buckets of the events being merged: an event is registered in every month its dates reach
// (up to a cap), so a mention looks only at the events of its own months.
import { monthBucket } from "../time/days.ts";
import type { Cluster } from "./cluster.ts";

/** Most months an event is registered in (and a mention scans before it looks at every event). */
export const MAX_BUCKET_SCAN = 48;

/** The integers lo..hi. */
export function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let b = lo; b <= hi; b++) out.push(b);
  return out;
}

/** Registers an event in the buckets of the months its dates reach that it is not in yet. */
export function register(c: Cluster, buckets: Map<number, Cluster[]>): void {
  if (!c.span) return;
  const lo = monthBucket(c.span.lo);
  const hi = Math.min(monthBucket(c.span.hi), lo + MAX_BUCKET_SCAN);
  for (let b = lo; b <= hi; b++) {
    if (b >= c.bucketLo && b <= c.bucketHi) continue;
    const list = buckets.get(b);
    if (list) list.push(c);
    else buckets.set(b, [c]);
  }
  c.bucketLo = Math.min(c.bucketLo, lo);
  c.bucketHi = Math.max(c.bucketHi, hi);
}


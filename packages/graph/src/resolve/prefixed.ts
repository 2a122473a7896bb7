// Places written with their container in front (北京钓鱼台国宾馆 = 北京 + 钓鱼台国宾馆): a local place
// whose name is a known place's name after the name of a place containing it is that known place.
import { hasHan, nameKey, type Normalizer } from "../text/normalize.ts";
import type { Rec } from "./keys.ts";

/** Shortest name part (container or place) worth matching. */
const MIN_PART = 2;

/**
 * Pairs [local, known] of record indexes: a local place named "<container><place>" where the known
 * place's `within` holds the container. A name two known places share is never matched.
 * @example prefixedPlaces(recs, norm) // [[7, 2]] when recs[7] is 北京钓鱼台国宾馆 and recs[2] 钓鱼台国宾馆
 */
export function prefixedPlaces(recs: readonly Rec[], norm: Normalizer): [number, number][] {
  const byName = new Map<string, number>();
  const shared = new Set<string>();
  recs.forEach((r, i) => {
    if (r.type !== "place" || !r.known) return;
    for (const n of r.names) {
      if (!hasHan(n)) continue;
      const k = nameKey(n, norm);
      const seen = byName.get(k);
      if (seen !== undefined && seen !== i) shared.add(k);
      else byName.set(k, i);
    }
  });
  const out: [number, number][] = [];
  recs.forEach((r, i) => {
    if (r.type !== "place" || r.known) return;
    const hit = [...r.names].filter(hasHan).map((n) => split(nameKey(n, norm), recs, byName, shared)).find((t) => t !== undefined);
    if (hit !== undefined) out.push([i, hit]);
  });
  return out;
}

function split(key: string, recs: readonly Rec[], byName: Map<string, number>, shared: Set<string>): number | undefined {
  for (let cut = MIN_PART; cut <= key.length - MIN_PART; cut++) {
    const head = key.slice(0, cut);
    const tail = key.slice(cut);
    if (shared.has(head) || shared.has(tail)) continue;
    const place = byName.get(tail);
    const container = byName.get(head);
    if (place === undefined || container === undefined) continue;
    if (recs[place]!.within.includes(recs[container]!.known!)) return place;
  }
  return undefined;
}

// English-only mentions of Chinese names ("Sun Weidong" in an English article) join the Chinese
// local entity whose romanized name matches (孙卫东), when exactly one Chinese name romanizes so.
import { hasHan, nameKey, type Normalizer } from "../text/normalize.ts";
import type { Rec } from "./keys.ts";

/** Groups of record indices to join: the Chinese records first, then the English-only ones. */
export function romanizedGroups(recs: Rec[], romanize: (name: string) => string, norm: Normalizer): number[][] {
  const latin = new Map<string, number[]>();
  recs.forEach((r, i) => {
    if (r.type !== "person" || [...r.names].some(hasHan)) return;
    for (const n of [r.nameEn, ...r.names]) {
      if (!n) continue;
      const k = nameKey(n, norm);
      const list = latin.get(k) ?? [];
      if (!list.includes(i)) list.push(i);
      latin.set(k, list);
    }
  });
  if (latin.size === 0) return [];
  const han = new Map<string, { members: number[]; names: Set<string> }>();
  recs.forEach((r, i) => {
    if (r.type !== "person" || r.known || r.nameEn) return;
    for (const n of r.names) {
      if (!hasHan(n) || /[·‧・•]/.test(n)) continue;
      const k = nameKey(romanize(n), norm);
      if (!latin.has(k)) continue;
      const g = han.get(k) ?? { members: [], names: new Set<string>() };
      g.members.push(i);
      g.names.add(nameKey(n, norm));
      han.set(k, g);
    }
  });
  const out: number[][] = [];
  for (const [k, g] of han) if (g.names.size === 1) out.push([...g.members, ...latin.get(k)!]);
  return out;
}

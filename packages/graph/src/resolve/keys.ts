// Name keys of collected entities: which share a Chinese or English name, and which full
// transliterations (安东尼·布林肯) end in which short form (布林肯).
import type { EntityMention, EntityType, Role } from "../model.ts";
import { hasHan, nameKey, nameParts, type Normalizer } from "../text/normalize.ts";
import type { UnionFind } from "./union-find.ts";

/** One entity as collected: a lexicon id across documents, or one document's local entity. */
export interface Rec {
  known: string | null;
  type: EntityType;
  names: Set<string>;
  nameEn: string | null;
  country: string | null;
  roles: Role[];
  mentions: EntityMention[];
  documents: Set<string>;
  within: string[];
  weight: Map<string, number>;
}

/** The English name keys of a record (its English name and Latin aliases). */
export function englishKeys(r: Rec, norm: Normalizer): Set<string> {
  const out = new Set<string>();
  if (r.nameEn) out.add(nameKey(r.nameEn, norm));
  for (const n of r.names) if (!hasHan(n) && /[a-z]{2}/i.test(n)) out.add(nameKey(n, norm));
  return out;
}

/** Records grouped by "type|z|chinese key" and "type|e|english key". */
export function keyGroups(recs: Rec[], norm: Normalizer): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const push = (k: string, i: number) => {
    const g = groups.get(k);
    if (!g) groups.set(k, [i]);
    else if (g[g.length - 1] !== i) g.push(i);
  };
  recs.forEach((r, i) => {
    for (const n of r.names) if (hasHan(n)) push(`${r.type}|z|${nameKey(n, norm)}`, i);
    for (const k of englishKeys(r, norm)) push(`${r.type}|e|${k}`, i);
  });
  return groups;
}

/** Full transliterations by the key of their last part, as the roots of their clusters. */
export function shortForms(recs: Rec[], uf: UnionFind, norm: Normalizer): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  recs.forEach((r, i) => {
    for (const n of r.names) {
      const parts = nameParts(n);
      if (parts.length < 2 || !hasHan(n)) continue;
      const k = `${r.type}|z|${nameKey(parts[parts.length - 1]!, norm)}`;
      const set = out.get(k) ?? new Set<number>();
      set.add(uf.find(i));
      out.set(k, set);
    }
  });
  return out;
}

/** Adds every member of b to a (creating a when missing). */
export function union(a: Set<string> | undefined, b: Set<string>): Set<string> {
  if (!a) return new Set(b);
  for (const x of b) a.add(x);
  return a;
}

/** True when two sets share an element. */
export function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

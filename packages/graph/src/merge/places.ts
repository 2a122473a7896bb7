// Place compatibility for merging: the same place, one inside the other (via `within`), or a
// country and a place in it. null is compatible with anything; two places of the same country
// whose containment nobody knows (places the lexicon lacks) fit weakly.
import type { Entity } from "../model.ts";
import { countryOfName } from "./countries.ts";

interface PlaceInfo {
  within: Set<string>;
  country: string | null;
  /** The country code when the place is a whole country. */
  countryLevel: string | null;
  depth: number;
}

/** How two places relate: 3 same, 2 one contains the other, 1 either unknown (or unknown containment), 0 incompatible. */
export type PlaceFit = 0 | 1 | 2 | 3;

/** Place containment built from resolved place entities. */
export class PlaceRelations {
  private readonly info = new Map<string, PlaceInfo>();

  constructor(entities: Iterable<Entity> = [], countries: Record<string, string> = {}) {
    for (const e of entities) if (e.type === "place") this.set(e, countries[e.id]);
  }

  /** Registers one place entity; `countryCode` marks it as a whole country. */
  set(e: Pick<Entity, "id" | "name" | "nameEn" | "country" | "within">, countryCode?: string): void {
    const level = countryCode ?? countryOfName(e.name) ?? (e.nameEn ? countryOfName(e.nameEn) : null);
    this.info.set(e.id, {
      within: new Set(e.within ?? []),
      country: e.country,
      countryLevel: level,
      depth: (e.within?.length ?? 0) + (level ? 0 : 1),
    });
  }

  /** How well two places fit together. */
  fit(a: string | null, b: string | null): PlaceFit {
    if (a === null || b === null) return 1;
    if (a === b) return 3;
    if (this.contains(a, b) || this.contains(b, a)) return 2;
    const ia = this.info.get(a);
    const ib = this.info.get(b);
    if (!ia || !ib) return 1;
    const unknown = (i: PlaceInfo) => i.within.size === 0 && !i.countryLevel;
    const sameCountry = !!ia.country && ia.country === ib.country && ia.country !== "ZZ";
    return sameCountry && (unknown(ia) || unknown(ib)) ? 1 : 0;
  }

  /** True when `outer` contains `inner`. */
  contains(outer: string, inner: string): boolean {
    const i = this.info.get(inner);
    if (!i) return false;
    if (i.within.has(outer)) return true;
    const o = this.info.get(outer);
    return !!o?.countryLevel && o.countryLevel === i.country && !i.countryLevel;
  }

  /** Of two fitting places, the more specific one (白宫 over 华盛顿 over 美国). */
  narrower(a: string, b: string): string {
    if (this.contains(a, b)) return b;
    if (this.contains(b, a)) return a;
    return (this.info.get(b)?.depth ?? 0) > (this.info.get(a)?.depth ?? 0) ? b : a;
  }
}

// Place compatibility for merging: the same place, one inside the other (via `within`, closed over
// every known chain), a country and a place in it, or a venue near a city (菲洛里庄园 in 伍德赛德
// by 旧金山: both in 加州). null is compatible with anything; two places of the same country whose
// containment nobody knows (places the lexicon lacks) fit weakly, and so does a place of no known country.
import type { Entity } from "../model.ts";
import { countryOfName, NO_COUNTRY } from "./countries.ts";

interface PlaceInfo {
  within: string[];
  country: string | null;
  /** The country code when the place is a whole country. */
  countryLevel: string | null;
}

/** How two places relate: 3 same, 2 one contains the other, 1 either unknown, unknown containment or nearby, 0 incompatible. */
export type PlaceFit = 0 | 1 | 2 | 3;

/** Place containment built from resolved place entities. */
export class PlaceRelations {
  private readonly info = new Map<string, PlaceInfo>();
  private readonly closed = new Map<string, string[]>();

  /**
   * `countries`: place ids that stand for a whole country → country code (see `placeFacts`);
   * `within`: containers of places no entity stands for, so a chain continues through them;
   * `kinds`: lexicon kinds (venue, city …) by place id.
   */
  constructor(
    entities: Iterable<Entity> = [],
    private readonly countries: Record<string, string> = {},
    private readonly within: Record<string, string[]> = {},
    private readonly kinds: Record<string, string> = {},
  ) {
    for (const e of entities) if (e.type === "place") this.set(e, countries[e.id]);
  }

  /** Registers one place entity; `countryCode` marks it as a whole country. */
  set(e: Pick<Entity, "id" | "name" | "nameEn" | "country" | "within">, countryCode?: string): void {
    const level = countryCode ?? this.countries[e.id] ?? countryOfName(e.name) ?? (e.nameEn ? countryOfName(e.nameEn) : null);
    this.info.set(e.id, { within: e.within ?? [], country: e.country ?? level, countryLevel: level });
    this.closed.clear();
  }

  /** How well two places fit together. */
  fit(a: string | null, b: string | null): PlaceFit {
    if (a === null || b === null) return 1;
    if (a === b) return 3;
    if (this.contains(a, b) || this.contains(b, a)) return 2;
    const ia = this.info.get(a);
    const ib = this.info.get(b);
    if (!ia || !ib) return 1;
    if (this.near(a, b) || this.near(b, a) || this.neighbours(a, b)) return 1;
    const unknown = (id: string, i: PlaceInfo) => this.chain(id).length === 0 && !i.countryLevel;
    // A place nothing is known of (no country, no container: 陕西黄陵 read as 黄陵) may be anywhere.
    if ((!ia.country && unknown(a, ia)) || (!ib.country && unknown(b, ib))) return 1;
    const sameCountry = !!ia.country && ia.country === ib.country && ia.country !== NO_COUNTRY;
    return sameCountry && (unknown(a, ia) || unknown(b, ib)) ? 1 : 0;
  }

  /** True when `outer` contains `inner`. */
  contains(outer: string, inner: string): boolean {
    const i = this.info.get(inner);
    if (!i) return false;
    if (this.chain(inner).includes(outer)) return true;
    const level = this.info.get(outer)?.countryLevel ?? this.countries[outer];
    return !!level && level === i.country && !i.countryLevel;
  }

  /** The country code of a place (its own, or that of the country containing it). */
  countryOf(id: string): string | null {
    const i = this.info.get(id);
    if (i?.country) return i.country;
    for (const c of this.chain(id)) {
      const code = this.countries[c] ?? this.info.get(c)?.countryLevel;
      if (code) return code;
    }
    return null;
  }

  /** The country code when the place is a whole country (美国 → US), else null. */
  countryLevel(id: string): string | null {
    return this.info.get(id)?.countryLevel ?? this.countries[id] ?? null;
  }

  /** The resolved place that stands for a whole country (美国 for US), or null when no event may name one. */
  countryPlace(code: string): string | null {
    let found: string | null = null;
    for (const [id, i] of this.info) {
      if (i.countryLevel !== code) continue;
      if (this.countries[id] === code) return id;
      found ??= id;
    }
    return found;
  }

  /**
   * True when both places are venues (人民大会堂, 中南海) whose nearest containers that are no venue
   * are the same place, not a whole country: the same city.
   */
  sameCity(a: string, b: string): boolean {
    if (this.kinds[a] !== "venue" || this.kinds[b] !== "venue") return false;
    const c = this.aboveVenues(a);
    return !!c && c === this.aboveVenues(b) && !this.countries[c] && !this.info.get(c)?.countryLevel;
  }

  /**
   * The city a venue lies in (人民大会堂 → 北京, 椭圆形办公室 → 白宫 → 华盛顿): its nearest container that
   * is no venue, when that is a city an event may name. null for a place that is no venue, and for a venue
   * outside any city (戴维营 in 马里兰州), which stays the event's place.
   */
  cityOf(id: string): string | null {
    if (this.kinds[id] !== "venue") return null;
    const up = this.aboveVenues(id);
    return up && this.kinds[up] === "city" && this.info.has(up) ? up : null;
  }

  /** The nearest container of a place that is no venue (椭圆形办公室 → 白宫 → 华盛顿), or undefined. */
  private aboveVenues(id: string): string | undefined {
    return this.chain(id).find((c) => this.kinds[c] !== "venue");
  }

  /** The lexicon kind of a place (venue, city, region, country), or null when unknown. */
  kindOf(id: string): string | null {
    return this.kinds[id] ?? null;
  }

  /** True when the place is a resolved entity (an event may name it). */
  known(id: string): boolean {
    return this.info.has(id);
  }

  /** Of two fitting places, the more specific one (白宫 over 华盛顿 over 美国). */
  narrower(a: string, b: string): string {
    if (this.contains(a, b)) return b;
    if (this.contains(b, a)) return a;
    return this.depth(b) > this.depth(a) ? b : a;
  }

  /** Every container of a place, nearest first, following the containers' own chains. */
  chain(id: string): string[] {
    const done = this.closed.get(id);
    if (done) return done;
    const out: string[] = [];
    const queue = [...(this.info.get(id)?.within ?? this.within[id] ?? [])];
    for (let k = 0; k < queue.length; k++) {
      const c = queue[k]!;
      if (c === id || out.includes(c)) continue;
      out.push(c);
      queue.push(...(this.info.get(c)?.within ?? this.within[c] ?? []));
    }
    this.closed.set(id, out);
    return out;
  }

  /** A venue near a city: `venue` sits deeper, inside the region that directly contains `city` (not a whole country). */
  private near(city: string, venue: string): boolean {
    const up = this.chain(city)[0];
    if (!up || this.countries[up] || this.info.get(up)?.countryLevel) return false;
    const chain = this.chain(venue);
    return chain.length > this.chain(city).length && chain.includes(up);
  }

  /**
   * Two places whose nearest shared container lies below a state or province (旧金山 and 伍德赛德 both
   * in 旧金山湾区 in 加州): one metropolitan area, where one event is reported by either name. Sharing
   * only a state (洛杉矶, 旧金山 in 加州) or a country is not enough.
   */
  private neighbours(a: string, b: string): boolean {
    const ca = this.chain(a);
    const cb = this.chain(b);
    const i = ca.findIndex((c) => cb.includes(c));
    const up = ca[i];
    // At least two containers above the shared one (湾区 → 加州 → 美国), read along a's chain.
    return !!up && ca.length - i - 1 >= 2 && !this.countries[up] && !this.info.get(up)?.countryLevel;
  }

  private depth(id: string): number {
    return this.chain(id).length + (this.info.get(id)?.countryLevel ? 0 : 1);
  }
}

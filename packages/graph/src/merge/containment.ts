// Place containment from lexicon entries (`in`: the id of the containing place), closed transitively:
// 白宫 in 华盛顿 in 美国 → within(白宫) = [华盛顿, 美国].

/** A lexicon place entry as far as containment goes. */
export interface PlaceEntryLike {
  id: string;
  in?: string;
  kind?: string;
  country?: string | null;
}

/** What the lexicon says about places: containers (nearest first) and which ids are whole countries. */
export interface PlaceFacts {
  within: Record<string, string[]>;
  /** Place id → country code, for places that are a whole country. */
  countries: Record<string, string>;
  /** Place id → its lexicon kind (country, region, city, venue …), where the lexicon gives one. */
  kinds: Record<string, string>;
}

/**
 * Containment chains of every place that names a container; cycles are cut.
 * @example placeFacts([{ id: "place:white-house", in: "place:washington" }, { id: "place:washington", in: "place:united-states" }])
 *   .within["place:white-house"] // ["place:washington", "place:united-states"]
 */
export function placeFacts(entries: Iterable<PlaceEntryLike>): PlaceFacts {
  const parent = new Map<string, string>();
  const countries: Record<string, string> = {};
  const kinds: Record<string, string> = {};
  for (const e of entries) {
    if (!e.id.startsWith("place:")) continue;
    if (e.kind) kinds[e.id] = e.kind;
    if (e.in) parent.set(e.id, e.in);
    if (e.kind === "country" && e.country) countries[e.id] = e.country;
  }
  const within: Record<string, string[]> = {};
  for (const id of parent.keys()) {
    const chain: string[] = [];
    for (let p = parent.get(id); p && p !== id && !chain.includes(p); p = parent.get(p)) chain.push(p);
    if (chain.length) within[id] = chain;
  }
  return { within, countries, kinds };
}

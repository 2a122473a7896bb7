// The lexicon place that stands for a country, by ISO code (CN → place:china), looked up once per lexicon.
import type { Lexicon } from "../lexicon/index.ts";

const countryIds = new WeakMap<Lexicon, Map<string, string>>();

/** The lexicon id of the country with this ISO code (CN → place:china). */
export function countryId(lexicon: Lexicon | undefined, code: string | null): string | undefined {
  if (!lexicon || !code) return undefined;
  let map = countryIds.get(lexicon);
  if (!map) {
    map = new Map();
    for (const e of lexicon.entries) if (e.type === "place" && e.kind === "country" && e.country && !map.has(e.country)) map.set(e.country, e.id);
    countryIds.set(lexicon, map);
  }
  return map.get(code);
}

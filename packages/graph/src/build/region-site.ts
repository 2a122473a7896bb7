// A meeting is held in a city, not in a region of several countries: 蔡英文在出访中美洲期间…在美国得克萨斯州
// 休斯敦过境停留，并会晤了克鲁兹 is in 休斯敦, and 出访非洲唯一友邦史瓦帝尼…与国王会晤 in 史瓦帝尼. The region
// is the trip around it; the place its sentence names inside a country is the meeting's.
import type { DocEntity, EventMention } from "@parley/extract/model";
import { NO_COUNTRY } from "../merge/countries.ts";
import type { PlaceRelations } from "../merge/places.ts";

/** Kinds of event a region cannot hold (a visit to 欧洲 is a tour: see merge/regions.ts). */
const HELD_AT_A_SITE = new Set(["meeting", "summit"]);

/**
 * The document's place entities (ids) its sentence names, other than the event's region place, when that
 * place is a region of no one country (country ZZ; by lexicon kind a region, not a venue such as 板门店);
 * [] otherwise. Call with the document's entities and the lexicon kinds by place id.
 */
export function sitesNamed(
  m: Pick<EventMention, "type" | "place" | "paragraph" | "start" | "end">,
  entities: readonly DocEntity[],
  kinds: Readonly<Record<string, string>> = {},
): string[] {
  if (!HELD_AT_A_SITE.has(m.type) || m.place === null) return [];
  const region = entities.find((e) => e.id === m.place);
  const kind = kinds[m.place];
  if (!region || region.country !== NO_COUNTRY || (kind !== undefined && kind !== "region")) return [];
  const out: string[] = [];
  for (const e of entities) {
    if (e.type !== "place" || e.id === m.place || e.country === NO_COUNTRY) continue;
    if (e.mentions.some((x) => x.paragraph === m.paragraph && x.start >= m.start && x.end <= m.end)) out.push(e.id);
  }
  return out;
}

/**
 * Of the places a sentence names (resolved ids), the narrowest when those below a country all lie on one
 * chain (得克萨斯州 ⊃ 休斯敦 → 休斯敦; 台湾总统 and 美国 name countries, not the site); else the one country
 * it names (史瓦帝尼); null when there are none or they part (南非 and 肯尼亚: no one site).
 */
export function narrowestSite(sites: readonly string[], places: PlaceRelations): string | null {
  const known = sites.filter((s) => places.known(s) && places.countryOf(s) !== NO_COUNTRY);
  const below = known.filter((s) => !places.countryLevel(s));
  if (below.length === 0) return known.length === 1 ? known[0]! : null;
  let best: string | null = null;
  for (const s of below) {
    if (best === null || best === s || places.contains(best, s)) best = s;
    else if (!places.contains(s, best)) return null;
  }
  return best;
}

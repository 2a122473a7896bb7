// A trip's further destinations: 先后访问日本、韩国和蒙古, 结束对日本和韩国的访问 → one visit per country.
import type { Lexicon } from "../lexicon/index.ts";
import { placeFacts, runEnd } from "./place.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** What may stand between two listed destinations (、 和 及 以及 与). */
const LIST_SEP = /^(?:、|，|,|和|与|及|以及|还有|以及其他)$/;

/** The country of a place: its own code, or the code of the lexicon entry it lies in. */
function countryOf(item: EntityItem, lexicon: Lexicon | undefined): string | null {
  return placeFacts(item, lexicon).country;
}

/**
 * The destinations listed after the first one (访问法国、意大利和匈牙利 → 意大利, 匈牙利): each in a
 * country of its own, none in the first's country or a country already listed (cities of one country
 * are one trip, see trip.ts; for a transit, each city is a stop). Empty when the list does not go on or
 * names places of one country.
 */
export function listedDestinations(view: SentenceView, lexicon: Lexicon | undefined, first: EntityItem, transit = false): EntityItem[] {
  const firstCountry = countryOf(first, lexicon);
  if (!firstCountry) return [];
  // 先后过境纽约和旧金山: each transit city is a stop of its own, so cities are told apart, not countries.
  const keyOf = (item: EntityItem, code: string): string => (transit ? item.id : code);
  const seen = new Set([keyOf(runEnd(view, first), firstCountry)]);
  const out: EntityItem[] = [];
  let last = runEnd(view, first);
  for (const q of view.places) {
    if (q.start < last.end) continue;
    if (!LIST_SEP.test(view.text.slice(last.end, q.start))) break;
    const item = runEnd(view, q);
    const code = countryOf(item, lexicon);
    // 访问北京和上海: a second city of the same country is the same trip, not another visit.
    if (!code || seen.has(keyOf(item, code))) return [];
    seen.add(keyOf(item, code));
    out.push(item);
    last = item;
  }
  return out;
}

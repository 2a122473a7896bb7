// Places that fit although neither holds the other: one day's meeting in one country, and the sides' home countries.
import { NO_COUNTRY } from "./countries.ts";
import type { PlaceRelations } from "./places.ts";

/**
 * True when two places that neither contain nor fit each other may still name one day's meeting of one
 * pair: two venues of one city (人民大会堂 and 中南海), and for meetings two places of one country (嘉佩乐酒店
 * and 圣淘沙 in 新加坡; 首尔 and 非军事区; 釜山 and 庆州 in one APEC week), or a venue on no country's soil
 * (板门店 on the demarcation line) and a place in the country of one of `sides` (板门店韩方一侧 read as 韩国).
 * Two countries (克里姆林宫 and 人民大会堂) never fit.
 * @example oneDayPlaces(places, "meeting", "place:sentosa", "place:capella-singapore", sides) // true
 */
export function oneDayPlaces(places: PlaceRelations, cls: string, a: string, b: string, sides: ReadonlySet<string | null>): boolean {
  if (places.sameCity(a, b)) return true;
  if (cls !== "meeting") return false;
  const ca = places.countryOf(a);
  const cb = places.countryOf(b);
  if (ca && ca === cb && ca !== NO_COUNTRY) return true;
  const border = (x: string, code: string | null) => code === NO_COUNTRY && places.kindOf(x) === "venue";
  return (border(a, ca) && sides.has(cb)) || (border(b, cb) && sides.has(ca));
}


/**
 * True when one of a meeting's two places is the whole country of one of `sides` and the other lies in the
 * country of a side: the first is often read off a title (美国国务卿布林肯4月下旬访问北京并会见习近平 →
 * 美国, against 北京人民大会堂), so they fit, weakly. A third country (喀山) never does.
 * @example homeCountries(places, "meeting", "place:united-states", "place:great-hall-of-the-people", new Set(["US", "CN"])) // true
 */
export function homeCountries(places: PlaceRelations, cls: string, a: string, b: string | null, sides: ReadonlySet<string | null>): boolean {
  if (cls !== "meeting" || b === null) return false;
  const country = (x: string) => places.countryLevel(x);
  const inSide = (x: string) => sides.has(places.countryOf(x));
  return (!!country(a) && sides.has(country(a)) && inSide(b)) || (!!country(b) && sides.has(country(b)) && inSide(a));
}

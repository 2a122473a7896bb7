// A visit to a continent or sea (首次访问亚洲) when the trip's country or city is named: not a destination.
import type { Lexicon } from "../lexicon/index.ts";
import type { CompiledRules } from "./rules.ts";
import type { Referents } from "./referents.ts";
import { isPlaceModifier, placeFacts } from "./place.ts";
import { NO_COUNTRY } from "./place-modifier.ts";
import type { EntityItem, SentenceView } from "./view.ts";


/** True when the place lies in no single country: a continent, an ocean, a region such as 中东. */
export function isBroadPlace(view: SentenceView, lexicon: Lexicon | undefined, place: string): boolean {
  const item = view.places.find((p) => p.id === place);
  return placeFacts({ id: place, entity: item?.entity }, lexicon).country === NO_COUNTRY;
}

/**
 * 拜登首次访问亚洲 in an article about his visit to Japan: drop a visit to a continent when the visitor's
 * main visit has a country or city, or when the sentence names one that is not a modifier (美国总统);
 * kept when nothing else is named.
 */
export function broadVisitNamedElsewhere(
  view: SentenceView,
  rules: CompiledRules,
  lexicon: Lexicon | undefined,
  referents: Referents,
  place: string,
  visitor: EntityItem,
): boolean {
  if (!isBroadPlace(view, lexicon, place)) return false;
  const main = referents.visit;
  if (referents.visitor?.id === visitor.id && main && !isBroadPlace(view, lexicon, main.place)) return true;
  return view.places.some((p) => p.id !== place && !isBroadPlace(view, lexicon, p.id) && !isPlaceModifier(view, rules, p));
}

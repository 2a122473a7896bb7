// Places that only qualify a name (美国国务卿布林肯) and runs of places written back to back (美国纽约 → 纽约).
import type { CompiledRules } from "./rules.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 访问北京时亦获习近平接见: a time, aspect or passive word between place and person ends the place's phrase. */
const NEXT_NOT_MODIFIER = /[在于与和同跟、，。的时也亦获受被曾将并]|期间|举行|召开|举办/;

/** The lexicon's country code of places of no single country: continents, seas, regions (亚洲, 远东, 中东, 中美洲, 钓鱼岛). */
export const NO_COUNTRY = "ZZ";

/** True for a place that only qualifies a name: 美国国务卿布林肯, 加州州长纽森, 中国驻联合国代表团. */
export function isPlaceModifier(view: SentenceView, rules: CompiledRules, p: EntityItem): boolean {
  if (rules.placeModifierAfter.test(view.text.slice(p.end, p.end + 2))) return true;
  const next = [...view.persons, ...view.orgs].filter((i) => i.start >= p.end).sort((a, b) => a.start - b.start)[0];
  if (!next || next.start - p.end > 12) return false;
  const gap = view.text.slice(p.end, next.start);
  return !NEXT_NOT_MODIFIER.test(gap) && !rules.triggerAny.test(gap);
}

/** The most specific place of a run written back to back (美国纽约 → 纽约). */
export function runEnd(view: SentenceView, p: EntityItem): EntityItem {
  let cur = p;
  for (const q of view.places) {
    if (q.start !== cur.end) continue;
    // 俄罗斯远东: a broad region (ZZ: 远东, 中东) after a country names a part of that country.
    if (q.entity?.country === NO_COUNTRY && cur.entity?.country && cur.entity.country !== NO_COUNTRY) break;
    cur = q;
  }
  return cur;
}

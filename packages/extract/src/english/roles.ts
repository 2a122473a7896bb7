// The role stated right before an English name: "U.S. Secretary of State Antony Blinken" → 国务卿 (Secretary of State, US).
import type { Role } from "../model.ts";
import type { Lexicon, TitleEntry } from "../lexicon/index.ts";
import type { Word } from "./words.ts";

const MAX_TITLE_WORDS = 7;
const COUNTRY_WORDS: ReadonlyMap<string, string> = new Map([
  ["u.s", "US"], ["us", "US"], ["american", "US"], ["chinese", "CN"], ["china's", "CN"], ["prc", "CN"], ["russian", "RU"], ["japanese", "JP"],
  ["taiwan", "TW"], ["taiwanese", "TW"], ["british", "GB"], ["french", "FR"], ["german", "DE"], ["indian", "IN"], ["australian", "AU"],
]);

const cache = new WeakMap<Lexicon, Map<string, TitleEntry>>();

/** The lexicon's titles by English name, lower case ("secretary of state" → 国务卿). */
export function titlesByEnglish(lexicon: Lexicon): Map<string, TitleEntry> {
  let map = cache.get(lexicon);
  if (!map) {
    map = new Map();
    for (const t of lexicon.titles) if (t.en && !map.has(t.en.toLowerCase())) map.set(t.en.toLowerCase(), t);
    cache.set(lexicon, map);
  }
  return map;
}

/** The longest lexicon title ending right before word `at`, with the country word before it, if any. */
export function roleBeforeEn(ws: readonly Word[], at: number, titles: Map<string, TitleEntry>, year?: number): Role | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, at); n >= 1; n--) {
    const phrase = ws.slice(at - n, at).map((w) => w.text.toLowerCase()).join(" ");
    const t = titles.get(phrase);
    if (!t) continue;
    const before = at - n - 1 >= 0 ? ws[at - n - 1]!.text.toLowerCase() : "";
    const country = t.country ?? COUNTRY_WORDS.get(before);
    return { title: t.zh, titleEn: t.en, ...(country && { country }), ...(year && { since: year }) };
  }
  return undefined;
}

// A meeting's place when the name pass missed it (在北京人民大会堂会见): lexicon names read right after 在/于.
import type { Lexicon } from "../lexicon/index.ts";
import type { SentenceView } from "./view.ts";

const LOCATIVE = /[在于]/g;
const LONGEST = 10;

/**
 * The place entry whose name starts at `at` (longest first), and where it ends; none when a longer
 * organization name starts there (亚太经合组织 is no 亚太).
 */
function placeAt(text: string, at: number, lexicon: Lexicon): { id: string; end: number } | undefined {
  for (let len = Math.min(LONGEST, text.length - at); len >= 2; len--) {
    const entries = lexicon.index.get(text.slice(at, at + len));
    const hit = entries?.find((e) => e.type === "place");
    if (hit) return { id: hit.id, end: at + len };
    if (entries?.some((e) => e.type === "organization")) return undefined;
  }
  return undefined;
}

/**
 * The lexicon place written at `at` and the places written right after it (日本东京 → 东京), for a
 * name the segmenter split (转往日本: 往日|本). Undefined when no lexicon place starts there.
 */
export function lexiconPlaceAt(view: SentenceView, lexicon: Lexicon | undefined, at: number): { id: string; start: number; end: number } | undefined {
  if (!lexicon) return undefined;
  let found: { id: string; start: number; end: number } | undefined;
  for (let p = placeAt(view.text, at, lexicon); p; p = placeAt(view.text, p.end, lexicon)) found = { id: p.id, start: found?.start ?? at, end: p.end };
  return found;
}

/**
 * The most specific lexicon place written right after the last 在/于 of [from, to) (北京人民大会堂 →
 * 人民大会堂), for a sentence whose place names were not recognized as mentions.
 */
export function lexiconPlace(view: SentenceView, lexicon: Lexicon | undefined, from: number, to: number): string | undefined {
  if (!lexicon) return undefined;
  const text = view.text.slice(0, to);
  let found: string | undefined;
  for (const m of text.slice(from).matchAll(LOCATIVE)) {
    let at = from + m.index + 1;
    let last: string | undefined;
    for (let p = placeAt(text, at, lexicon); p; p = placeAt(text, at, lexicon)) {
      last = p.id;
      at = p.end;
    }
    if (last) found = last;
  }
  return found;
}

// Is an English string a person's name? compromise decides, with a capitalized-words fallback.
import nlp from "compromise";

const cache = new Map<string, boolean>();
const CAPITALIZED = /^[A-Z][a-zA-Z'’.-]*(?: [A-Z][a-zA-Z'’.-]*){1,3}$/;

/**
 * True when compromise tags the string as a person (`Jake Sullivan`, `Gavin Newsom`), or when it is
 * two to four capitalized words that compromise does not take for an organization, place or acronym
 * and `lenient` is set (the Chinese side already looks like a name: `Eswar Prasad`).
 */
export function isEnglishPersonName(text: string, lenient = false): boolean {
  const s = text.trim().replace(/\s+/g, " ");
  const key = `${lenient ? 1 : 0}${s}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let ok = false;
  if (s.length >= 3 && s.length <= 60 && /^[A-Za-z]/.test(s)) {
    const doc = nlp(s);
    const tags = doc.json().flatMap((sen: { terms: { tags: string[] }[] }) => sen.terms.map((t) => t.tags));
    const bad = tags.some((t: string[]) => t.includes("Organization") || t.includes("Place") || t.includes("Acronym"));
    const person = doc.people().length > 0 || tags.some((t: string[]) => t.includes("Person"));
    ok = !bad && (person || (lenient && CAPITALIZED.test(s)));
    if (ok && !person && !CAPITALIZED.test(s)) ok = false;
  }
  if (cache.size > 10000) cache.clear();
  cache.set(key, ok);
  return ok;
}

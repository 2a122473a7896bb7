// Whether two places can be one destination, and which is more specific (白宫 in 华盛顿 in 美国), by the lexicon's `in`.
import type { Lexicon, PlaceEntry } from "../lexicon/index.ts";

/** The place and every place that contains it (白宫 → 华盛顿 → …), by the lexicon's `in`. */
function containers(id: string, lexicon: Lexicon | undefined): string[] {
  const out = [id];
  for (let cur = lexicon?.byId(id); cur?.type === "place" && (cur as PlaceEntry).in && out.length < 6; ) {
    const next: string = (cur as PlaceEntry).in!;
    out.push(next);
    cur = lexicon?.byId(next);
  }
  return out;
}

/** 0 when two places cannot be the same destination; 1 when `a` is as or more specific; 2 when `b` is. */
export function comparePlaces(a: string, b: string, lexicon: Lexicon | undefined): 0 | 1 | 2 {
  if (a === b || containers(a, lexicon).includes(b)) return 1;
  if (containers(b, lexicon).includes(a)) return 2;
  // A country contains whatever lies in it even when the chain stops short (北京 in 中国).
  const ea = lexicon?.byId(a) as PlaceEntry | undefined;
  const eb = lexicon?.byId(b) as PlaceEntry | undefined;
  if (ea?.kind === "country" && eb?.country && eb.country === ea.country) return 2;
  if (eb?.kind === "country" && ea?.country && ea.country === eb.country) return 1;
  return 0;
}

// A name glossed in Latin script right after it is the glossed person: 西班牙總理桑傑士（Pedro Sánchez）,
// 馬克宏 (Emmanuel Macron). Outlets spell foreign names their own way (桑傑士, 施密茲); the gloss is shared.
import { hasHan } from "../text/normalize.ts";
import type { Rec } from "./keys.ts";

/** Most characters between a name's end and its gloss's start: "（", " (", "（ ". */
const MAX_GAP = 2;

interface Spot {
  rec: number;
  start: number;
  end: number;
  surface: string;
}

/**
 * Pairs [name, gloss] of record indexes: a person mentioned in Chinese characters and, within
 * `MAX_GAP` characters after it in the same paragraph, a person mentioned in Latin script. One pass
 * over the mentions, sorted per paragraph (no pairwise comparison of records).
 * @example glossedNames(recs) // [[4, 9]] when recs[4] is 桑傑士 and recs[9] is Pedro Sánchez, written 桑傑士（Pedro Sánchez）
 */
export function glossedNames(recs: readonly Rec[]): [number, number][] {
  const byParagraph = new Map<string, Spot[]>();
  recs.forEach((r, rec) => {
    if (r.type !== "person") return;
    for (const m of r.mentions) {
      const key = `${m.document}\u0000${m.paragraph}`;
      const list = byParagraph.get(key) ?? [];
      list.push({ rec, start: m.start, end: m.end, surface: m.surface });
      byParagraph.set(key, list);
    }
  });
  const out: [number, number][] = [];
  for (const spots of byParagraph.values()) {
    if (spots.length < 2) continue;
    spots.sort((a, b) => a.start - b.start || b.end - a.end);
    for (let i = 0; i + 1 < spots.length; i++) {
      const a = spots[i]!;
      const b = spots[i + 1]!;
      const gap = b.start - a.end;
      if (a.rec !== b.rec && gap >= 1 && gap <= MAX_GAP && hasHan(a.surface) && latin(b.surface)) out.push([a.rec, b.rec]);
    }
  }
  return out;
}

/** A romanized name: Latin letters only (with accents, spaces, dots, hyphens), two or more words or one long one. */
function latin(s: string): boolean {
  return !hasHan(s) && /^[\p{Script=Latin}][\p{Script=Latin}.'’\- ]+$/u.test(s.trim());
}

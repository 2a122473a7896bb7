// Rule 1: leader-pair abbreviations name both leaders: 拜习会, 习拜峰会, 川习会晤 → Biden + Xi, Trump + Xi.
// Never inside a lexicon name: 川普会晤 is Trump (川普) meeting someone, not Trump + Putin (普).
import type { PersonEntry } from "../../lexicon/types.ts";
import { PAIR_SUFFIXES, PAIR_VENUES } from "../data/context.ts";
import type { Knowledge } from "../knowledge.ts";
import { claim, free } from "../view.ts";
import type { SentenceRule } from "./types.ts";

/** How far back a lexicon name covering the pair may start. */
const LOOK_BACK = 8;

/** True when a lexicon name of two or more characters covers any character of [from, to): 川普 over 川|普. */
export function insideLexiconName(k: Knowledge, text: string, from: number, to: number): boolean {
  for (let j = Math.max(0, from - LOOK_BACK); j < to; j++) {
    const n = k.names.walk(text, j);
    for (let m = 0; m < n; m++) {
      const end = k.names.ends[m]!;
      if (end - j >= 2 && end > from) return true;
    }
  }
  return false;
}

/** The meeting word after a pair, with an optional venue word before it: 会, 峰会, 庄园会晤. */
function suffixAt(text: string, at: number): string | undefined {
  const plain = PAIR_SUFFIXES.find((s) => text.startsWith(s, at));
  if (plain) return plain;
  const venue = PAIR_VENUES.find((w) => text.startsWith(w, at));
  const after = venue && PAIR_SUFFIXES.find((s) => s !== "会" && text.startsWith(s, at + venue.length));
  return venue && after ? venue + after : undefined;
}

/**
 * Two one-character abbreviations (lexicon `abbrev`) followed by a meeting word, starting on a token
 * boundary, whose characters are no part of a longer lexicon name (the longest lexicon match wins).
 */
export const leaderPairs: SentenceRule = {
  name: "leader-pair",
  run(k, v, out) {
    const abbrevs = k.lexicon.abbrevs;
    const re = k.pairStart;
    if (!re) return;
    const { text } = v;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const i = m.index;
      const a = abbrevs.get(text.charAt(i));
      if (!a) continue;
      const b = abbrevs.get(text.charAt(i + 1));
      if (!b) continue;
      // 学习拜会: the pair must start a word
      if (i > 0 && v.startsAt[i]! < 0 && v.endsAt[i]! < 0) continue;
      const suffix = suffixAt(text, i + 2);
      if (!suffix) continue;
      const pa = a[0] as PersonEntry;
      const pb = b.find((p) => p.id !== pa.id);
      if (!pb || !free(v, i, i + 2) || insideLexiconName(k, text, i, i + 2)) continue;
      out.push({ view: v, start: i, end: i + 1, type: "person", rule: this.name, entry: pa, name: pa.zh });
      out.push({ view: v, start: i + 1, end: i + 2, type: "person", rule: this.name, entry: pb, name: pb.zh });
      claim(v, i, i + 2 + suffix.length);
      re.lastIndex = i + 2 + suffix.length;
    }
  },
};

// Rule 1: leader-pair abbreviations name both leaders: 拜习会, 习拜峰会, 川习会晤 → Biden + Xi, Trump + Xi.
// Never inside a lexicon name: 川普会晤 is Trump (川普) meeting someone, not Trump + Putin (普);
// the text between the pair and the meeting word (庄园, 旧金山, 视频) is claimed, never a person.
import type { PersonEntry } from "../../lexicon/types.ts";
import { PAIR_INFIXES, PAIR_SUFFIXES } from "../data/context.ts";
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

/** A lexicon place starting at `at` (习拜|旧金山|会晤), its length or 0. */
function placeAt(k: Knowledge, text: string, at: number): number {
  const n = k.names.walk(text, at);
  for (let m = n - 1; m >= 0; m--) if (k.names.vals[m]!.some((e) => e.type === "place")) return k.names.ends[m]! - at;
  return 0;
}

/**
 * The meeting word after a pair, with an optional infix (a venue, 视频, 二度, a lexicon place) before it:
 * 会, 峰会, 庄园会晤, 旧金山会晤; after an infix, the bare 会 is not enough.
 */
function suffixAt(k: Knowledge, text: string, at: number): string | undefined {
  const plain = PAIR_SUFFIXES.find((s) => text.startsWith(s, at));
  if (plain) return plain;
  const infix = PAIR_INFIXES.find((w) => text.startsWith(w, at))?.length ?? placeAt(k, text, at);
  if (!infix) return undefined;
  const after = PAIR_SUFFIXES.find((s) => s !== "会" && text.startsWith(s, at + infix));
  return after ? text.slice(at, at + infix) + after : undefined;
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
      const suffix = suffixAt(k, text, i + 2);
      if (!suffix) continue;
      const pa = a[0] as PersonEntry;
      const pb = b.find((p) => p.id !== pa.id);
      if (!pb || !free(v, i, i + 2) || insideLexiconName(k, text, i, i + 2)) continue;
      out.push({ view: v, start: i, end: i + 1, type: "person", rule: this.name, entry: pa, name: pa.zh });
      out.push({ view: v, start: i + 1, end: i + 2, type: "person", rule: this.name, entry: pb, name: pb.zh });
      // 习拜|旧金山|会晤: the place stays for the lexicon rule
      const place = PAIR_SUFFIXES.includes(suffix) ? 0 : placeAt(k, text, i + 2);
      claim(v, i, i + 2);
      claim(v, i + 2 + place, i + 2 + suffix.length);
      re.lastIndex = i + 2 + suffix.length;
    }
  },
};

// Rule 1: leader-pair abbreviations name both leaders: 拜习会, 习拜峰会, 川习会晤 → Biden + Xi, Trump + Xi.
import type { PersonEntry } from "../../lexicon/types.ts";
import { PAIR_SUFFIXES } from "../data/context.ts";
import { claim, free } from "../view.ts";
import type { SentenceRule } from "./types.ts";

/** Two one-character abbreviations (lexicon `abbrev`) followed by a meeting word, starting on a token boundary. */
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
      const suffix = PAIR_SUFFIXES.find((s) => text.startsWith(s, i + 2));
      if (!suffix) continue;
      const pa = a[0] as PersonEntry;
      const pb = b.find((p) => p.id !== pa.id);
      if (!pb || !free(v, i, i + 2)) continue;
      out.push({ view: v, start: i, end: i + 1, type: "person", rule: this.name, entry: pa, name: pa.zh });
      out.push({ view: v, start: i + 1, end: i + 2, type: "person", rule: this.name, entry: pb, name: pb.zh });
      claim(v, i, i + 2 + suffix.length);
      re.lastIndex = i + 2 + suffix.length;
    }
  },
};

// Rule 5d: a leader's wife named by her first name after 夫人 (他与夫人布丽吉特抵达, 偕夫人吉尔出席):
// the first part of one lexicon woman's joined name (布丽吉特·马克龙, 吉尔·拜登).
import { toSimplified } from "../../lexicon/normalize.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import { isHan } from "../data/chars.ts";
import type { Knowledge } from "../knowledge.ts";
import { boundaryAfter } from "../support.ts";
import { claim, free } from "../view.ts";
import type { SentenceRule } from "./types.ts";

/** Words right before a wife's first name (第一夫人 ends in 夫人). */
export const SPOUSE_WORDS = ["夫人", "妻子", "太太"];

/** Any spouse word: one pass over the sentence instead of one per word. */
const SPOUSE = new RegExp(SPOUSE_WORDS.join("|"), "g");

const JOINER = /[·‧・•･]/;
const cache = new WeakMap<Knowledge, Map<string, Wife[]>>();

/** A lexicon woman by a first name, with the last parts of her joined names (奥巴马 for 米歇尔·奥巴马). */
interface Wife {
  entry: LexiconEntry;
  lastParts: string[];
}

/** First parts (two or more characters) of lexicon women's joined names → the women. */
function firstNames(k: Knowledge): Map<string, Wife[]> {
  const hit = cache.get(k);
  if (hit) return hit;
  const out = new Map<string, Wife[]>();
  for (const e of k.lexicon.entries) {
    if (e.type !== "person" || e.gender !== "f") continue;
    // every last part of any of her names (奥巴马, 欧巴马) counts for every first name (米歇尔, 蜜雪儿)
    const joined = [e.zh, e.zhHant, ...e.aliases].filter((n): n is string => !!n && JOINER.test(n)).map((n) => toSimplified(n).split(JOINER));
    const w: Wife = { entry: e, lastParts: joined.map((parts) => parts[parts.length - 1]!) };
    for (const parts of joined) {
      const first = parts[0]!;
      if (first.length < 2 || ![...first].every(isHan)) continue;
      const list = out.get(first) ?? [];
      if (!list.includes(w)) list.push(w);
      out.set(first, list);
    }
  }
  cache.set(k, out);
  return out;
}

/** The one woman of that first name, or the one whose husband's name (her last part) the sentence gives before: 奥巴马和夫人米歇尔. */
function pick(wives: readonly Wife[] | undefined, before: string): LexiconEntry | undefined {
  if (!wives?.length) return undefined;
  if (wives.length === 1) return wives[0]!.entry;
  const named = wives.filter((w) => w.lastParts.some((p) => p.length >= 2 && before.includes(p)));
  return named.length === 1 ? named[0]!.entry : undefined;
}

/** Finds a wife's first name after a spouse word, ending on a name boundary. */
export const spouseFirstNames: SentenceRule = {
  name: "spouse-first-name",
  run(k, v, out) {
    const names = firstNames(k);
    // exec, not matchAll: matchAll copies the regular expression on every call
    SPOUSE.lastIndex = 0;
    for (let m = SPOUSE.exec(v.text); m; m = SPOUSE.exec(v.text)) {
      const at = m.index;
      const start = at + m[0].length;
      for (let len = 4; len >= 2; len--) {
        const end = start + len;
        const e = end <= v.text.length ? pick(names.get(v.text.slice(start, end)), v.text.slice(0, at)) : undefined;
        // 吉尔|参观/n: a word of its own after the name also ends it (not 吉尔吉斯斯坦)
        const next = v.tokens[v.startsAt[end] ?? -1];
        if (!e || !free(v, start, end) || !(boundaryAfter(v, end) || (next !== undefined && next.word.length >= 2))) continue;
        // 第一夫人吉尔·拜登: the whole name follows, the lexicon takes it
        if (JOINER.test(v.text.charAt(end))) break;
        out.push({ view: v, start, end, type: "person", rule: this.name, entry: e, name: e.zh });
        claim(v, start, end);
        break;
      }
    }
  },
};

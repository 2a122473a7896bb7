// A bare ministry name (财政部, 国务院) takes its country from the nearest country cue in the sentence:
// 美国财政部官员说，两国财政部将继续沟通 → the US Treasury; 中方表示，商务部将回应 → China's ministry.
import { namesOf } from "../lexicon/create.ts";
import { simplifiedKey, toSimplified } from "../lexicon/normalize.ts";
import type { LexiconEntry } from "../lexicon/types.ts";
import type { Knowledge } from "./knowledge.ts";
import type { SentenceView } from "./view.ts";

/** Ministry names that every government has: the lexicon lists one country's as the default. */
export const AMBIGUOUS_ORG_NAMES = ["财政部", "商务部", "国防部", "外交部", "国务院", "司法部", "国土安全部", "能源部", "农业部"];

/** Cue words that are neither a lexicon country nor a lexicon place: 中方, 美方, 中共. */
const EXTRA_CUES: Record<string, string> = { 中方: "CN", 美方: "US", 中共: "CN", 华府: "US", 俄方: "RU" };

/** Longest country prefix before a ministry name in a lexicon organization's name (美国|财政部, 美|国防部). */
const MAX_PREFIX = 4;

const cache = new WeakMap<Knowledge, Map<string, Map<string, LexiconEntry>>>();

/** Bare name → country → that country's organization of the name, from the lexicon. */
function countryVariants(k: Knowledge): Map<string, Map<string, LexiconEntry>> {
  const hit = cache.get(k);
  if (hit) return hit;
  const out = new Map<string, Map<string, LexiconEntry>>();
  for (const e of k.lexicon.entries) {
    if (e.type !== "organization" || !e.country) continue;
    for (const raw of namesOf(e)) {
      const n = simplifiedKey(toSimplified(raw));
      const bare = AMBIGUOUS_ORG_NAMES.find((b) => n.endsWith(b) && n.length - b.length <= MAX_PREFIX);
      if (!bare) continue;
      const byCountry = out.get(bare) ?? new Map<string, LexiconEntry>();
      out.set(bare, byCountry);
      if (!byCountry.has(e.country)) byCountry.set(e.country, e);
    }
  }
  cache.set(k, out);
  return out;
}

/** Organization kinds whose country is a cue (a government's body, not a news agency). */
const GOVERNMENT_KINDS = new Set(["ministry", "agency", "government", "legislature", "military"]);

/**
 * The country a token names: a lexicon country or place (华盛顿, 白宫, 北京), a cue word (中方), a word
 * starting with a country name (美国|财政部), or a government body of the lexicon (美商务部).
 */
function cueOf(k: Knowledge, word: string): string | undefined {
  const c = k.countries.get(word) ?? EXTRA_CUES[word];
  if (c) return c;
  for (const e of k.lookup(word)) {
    if (e.type === "place" && e.country) return e.country;
    if (e.type === "organization" && e.country && e.kind && GOVERNMENT_KINDS.has(e.kind)) return e.country;
  }
  for (let n = Math.min(3, word.length - 1); n >= 2; n--) {
    const p = k.countries.get(word.slice(0, n));
    if (p) return p;
  }
  return undefined;
}

/**
 * The organization a bare ministry name at [start, end) stands for: the one of the nearest country cue's
 * country in the sentence when the lexicon has it, else `entry` (the lexicon's default).
 */
export function orgByCountry(k: Knowledge, v: SentenceView, start: number, end: number, entry: LexiconEntry): LexiconEntry {
  const variants = countryVariants(k).get(v.text.slice(start, end));
  if (!variants || variants.size < 2) return entry;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const t of v.tokens) {
    if (t.end > start && t.start < end) continue;
    const d = t.end <= start ? start - t.end : t.start - end + 0.5; // a cue before wins a tie
    if (d >= bestDistance) continue;
    const c = cueOf(k, t.word);
    if (c && variants.has(c)) {
      best = c;
      bestDistance = d;
    }
  }
  return (best && variants.get(best)) || entry;
}

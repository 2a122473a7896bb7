// Rule 3: lexicon names on token boundaries, or where the words around them support a name.
// 王毅表示 ✓ · 布|林肯 ✗ (林肯 inside 布林肯) · 克里姆林宫 ✗ (克里) · 李强调 ✗ (李强)
import type { LexiconEntry } from "../../lexicon/types.ts";
import { aligned, claim, free, tokenAfter, type Candidate, type SentenceView } from "../view.ts";
import { normalizeCode } from "../../lexicon/normalize.ts";
import { isChineseName, isHanAt } from "../data/chars.ts";
import { FOLLOW_WORDS, NAMED_AFTER } from "../data/context.ts";
import { glued, leftSupported, rightSupported } from "../support.ts";
import type { Knowledge } from "../knowledge.ts";
import type { SentenceRule } from "./types.ts";
import { orgByCountry } from "../org-country.ts";

const LATIN = /[A-Za-z]/;
const LATIN_WORD = /[A-Za-z0-9'’\-]/;
const LATIN_NAME_AFTER = /^\s+[A-Z][a-z]/;
/** A capitalized word or a name particle right before a Latin name: Jean-Pierre Cabestan, Maria de la Cruz, Ursula von der Leyen. */
const PRECEDING_NAME_WORD = /(?:[A-Z][a-z'’.-]*|\b(?:de|da|del|della|di|do|dos|du|la|le|van|von|der|den|ter|bin|ibn|al|el|y))\s+$/;

/**
 * 教授|金成/nr|翰则/x|认为: jieba's HMM glued the third character of a name to the follow word after it,
 * so a two-character lexicon name is only the start of a longer one (金成翰, not 金成).
 */
function nameGoesOn(v: SentenceView, start: number, end: number): boolean {
  const t = tokenAfter(v, end);
  if (end - start !== 2 || !t || t.tag !== "x" || t.word.length !== 2 || !isHanAt(t.word, 0)) return false;
  return !FOLLOW_WORDS.has(t.word.charAt(0)) && AFTER_NAME.has(t.word.charAt(1)) && isChineseName(v.text.slice(start, end + 1));
}

/** Function words that follow a name (翰|则, 明|在), not verbs that make a word with the character before (首|访). */
const AFTER_NAME = new Set("则也还在说称曾对向与和跟同将已又就并而等的");

/** Whether a lexicon match at [start, end) is a real occurrence of the name. */
export function acceptName(k: Knowledge, v: SentenceView, start: number, end: number, type: LexiconEntry["type"]): boolean {
  // Latin names only as whole names: not Xi in Xi'an, not Jean-Pierre in Jean-Pierre Cabestan
  if (LATIN.test(v.text.charAt(start))) {
    if (LATIN_WORD.test(v.text.charAt(start - 1)) || LATIN_WORD.test(v.text.charAt(end))) return false;
    return !LATIN_NAME_AFTER.test(v.text.slice(end, end + 3)) && !PRECEDING_NAME_WORD.test(v.text.slice(Math.max(0, start - 20), start));
  }
  if (aligned(v, start, end)) return type !== "person" || !(glued(v, start, end) || nameGoesOn(v, start, end));
  return leftSupported(k, v, start) && rightSupported(v, end);
}

/** Tags of Chinese words whose inside is searched too (unknown words, names, abbreviations). */
const OPEN_INSIDE = new Set(["x", "nr", "nrt", "nrfg", "nz", "ns", "nt", "j", "zg", "ng"]);
/** Tags of words of two or more characters that never start a name (verbs, adverbs, function words). */
const NEVER_START = new Set(["v", "vd", "vi", "vq", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "f", "t", "y", "e", "o", "a", "ad"]);

/** Tries the lexicon at one position; returns the end of an accepted match or -1. */
function tryAt(k: Knowledge, v: SentenceView, i: number, out: Candidate[], rule: string): number {
  const trie = k.names;
  for (let n = trie.walk(v.text, i) - 1; n >= 0; n--) {
    const end = trie.ends[n]!;
    const values = trie.vals[n]!;
    let e = values.find((x) => x.type === "person") ?? values[0]!;
    if (!free(v, i, end) || !acceptName(k, v, i, end, e.type)) continue;
    // 列根总统图书馆, 肯尼迪机场: named after the person, not the person
    if (e.type === "person" && NAMED_AFTER.test(v.text.slice(end, end + 8))) continue;
    // 美国财政部官员说，两国财政部将继续沟通: a bare ministry name goes with the nearest country
    if (e.type === "organization") e = orgByCountry(k, v, i, end, e);
    out.push({ view: v, start: i, end, type: e.type, rule, entry: e, name: e.zh });
    claim(v, i, end);
    return end;
  }
  return -1;
}

/**
 * Longest lexicon match that passes `acceptName`, tried at every word start and inside unknown or
 * name-like words (a dictionary word such as 强调 or 克里姆林宫 is never searched inside); people win ties.
 */
export const lexiconNames: SentenceRule = {
  name: "lexicon",
  run(k, v, out) {
    const { text, tokens } = v;
    let next = 0;
    for (const t of tokens) {
      if (t.word.length > 1 && NEVER_START.has(t.tag)) continue;
      const last = t.word.length > 1 && OPEN_INSIDE.has(t.tag) && isHanAt(t.word, 0) ? t.end - 1 : t.start;
      for (let i = Math.max(t.start, next); i <= last; i++) {
        if (v.taken[i] || !k.names.mayStart(normalizeCode(text.charCodeAt(i)))) continue;
        const end = tryAt(k, v, i, out, this.name);
        if (end > 0) {
          next = end;
          break;
        }
      }
    }
  },
};

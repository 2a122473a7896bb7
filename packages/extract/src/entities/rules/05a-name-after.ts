// Rule 5a: a name right after a title or a meeting verb: 外交部副部长孙卫东, 领袖舒默（, 会见孙卫东。
import { allHan, allTranslit, isHanAt } from "../data/chars.ts";
import { FOLLOW_WORDS, NAME_TAGS, PERSON_TAGS, SPEECH_VERBS } from "../data/context.ts";
import { boundaryAfter, orgFollows } from "../support.ts";
import type { Knowledge } from "../knowledge.ts";
import { claim, free, type Candidate, type SentenceView } from "../view.ts";
import { jiebaPlace, MAX_NAME, nameShape, nameToken } from "./name-shape.ts";

/** Adds a person candidate at [start, end) when it has the shape of a name and nothing else claims it. */
export function push(k: Knowledge, v: SentenceView, out: Candidate[], start: number, end: number, rule: string): boolean {
  // 首相|安华说/x: jieba's HMM glued the speech verb to the name
  for (let len = 2; len >= 1; len--) {
    if (end - len - start >= 2 && SPEECH_VERBS.has(v.text.slice(end - len, end))) {
      end -= len;
      break;
    }
  }
  const name = v.text.slice(start, end);
  if (!nameShape(k, name) || !free(v, start, end) || jiebaPlace(v.tokens, v.startsAt, start, end) || orgFollows(v, end)) return false;
  out.push({ view: v, start, end, type: "person", rule, name });
  claim(v, start, end);
  return true;
}

/** Tags that end a name: prepositions, conjunctions, particles, pronouns, numerals. */
const CLOSED = new Set(["p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "f", "y", "e", "o"]);

/** Verbs whose object is often a person: 会见孙卫东, 接见王毅. */
export const OBJECT_VERBS = new Set(["会见", "接见", "会晤", "拜会", "宴请", "致电", "约见", "召见", "看望", "会见了", "接见了", "会晤了"]);

/** True after `e`: the end, a non-Han character, a follow word (韩正|举行会谈). */
function strongBoundary(v: SentenceView, e: number): boolean {
  if (e >= v.text.length || !isHanAt(v.text, e)) return true;
  const t = v.tokens[v.startsAt[e]!];
  if (t && FOLLOW_WORDS.has(t.word)) return true;
  for (let len = 2; len <= 3 && e + len <= v.text.length; len++) if (FOLLOW_WORDS.has(v.text.slice(e, e + len))) return true;
  return false;
}

/**
 * A name right after token `ti` (a title or a meeting verb): 副部长|孙|卫东|在 → 孙卫东, 特首|李家|超/v|表示 → 李家超.
 * The longest span before a strong boundary wins, where one-character words of any open tag may join
 * (jieba's HMM mistags them); else the longest span of name-like words before any boundary.
 */
export function nameAfter(k: Knowledge, v: SentenceView, out: Candidate[], ti: number, rule: string, needTag: boolean): void {
  const start = v.tokens[ti]!.end;
  const spans: { end: number; strict: boolean; tagged: boolean }[] = [];
  let strict = true;
  let tagged = false;
  for (let j = ti + 1; j < v.tokens.length; j++) {
    const t = v.tokens[j]!;
    if (t.end - start > MAX_NAME || !allHan(t.word) || FOLLOW_WORDS.has(t.word) || CLOSED.has(t.tag)) break;
    if (t.word.length > 1 && !NAME_TAGS.has(t.tag)) {
      // 领袖|舒默/a|也: one mistagged word alone, before a strong boundary, if it is a transliteration
      // (not 任期, 席位: dictionary words that start with a surname)
      if (j === ti + 1 && !NEVER_NAME_TAGS.has(t.tag) && allTranslit(t.word)) spans.push({ end: t.end, strict: false, tagged: false });
      break;
    }
    strict &&= nameToken(t);
    // for a meeting verb's object: two words (孙|卫东), an unknown word, or a three-character name
    tagged ||= j > ti + 1 || t.tag === "x" || t.tag === "nrt" || (PERSON_TAGS.has(t.tag) && t.word.length > 2);
    spans.push({ end: t.end, strict, tagged });
  }
  for (const pass of [true, false]) {
    for (let n = spans.length - 1; n >= 0; n--) {
      const sp = spans[n]!;
      if (needTag && !sp.tagged) continue;
      if (pass ? !strongBoundary(v, sp.end) : !sp.strict || !boundaryAfter(v, sp.end)) continue;
      if (push(k, v, out, start, sp.end, rule)) return;
    }
  }
}

/** Tags of words that are never a name, even right after a title. */
const NEVER_NAME_TAGS = new Set(["v", "vn", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "q", "t", "f", "y", "e", "o"]);


// Rule 5: names outside the lexicon, supported by context: a title before (外交部副部长孙卫东, 州长纽森)
// or a speech verb after (柯比说, 信强表示), the object of a meeting verb (会见孙卫东), jieba's person tags
// with lead and follow words (与拜登的).
import { allHan, allTranslit, isChineseName, isHan } from "../data/chars.ts";
import { FOLLOW_WORDS, FUNCTION_TAGS, LEAD_WORDS, NAME_TAGS, PERSON_TAGS, SPEECH_VERBS } from "../data/context.ts";
import { boundaryAfter, glued, leftSupported, orgFollows, rightSupported } from "../support.ts";
import { countryEndingAt, titleEndingAt, type Knowledge } from "../knowledge.ts";
import type { Token } from "../segment.ts";
import { claim, free, type Candidate, type SentenceView } from "../view.ts";
import { jiebaPlace, MAX_NAME, nameShape, nameToken } from "./name-shape.ts";
import type { SentenceRule } from "./types.ts";

function push(k: Knowledge, v: SentenceView, out: Candidate[], start: number, end: number, rule: string): boolean {
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
  if (e >= v.text.length || !isHan(v.text.charAt(e))) return true;
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
function nameAfter(k: Knowledge, v: SentenceView, out: Candidate[], ti: number, rule: string, needTag: boolean): void {
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

/** Whether what ends at `at` may precede a speaker's name. */
function speakerLead(k: Knowledge, v: SentenceView, at: number): boolean {
  if (at === 0) return true;
  const t = v.tokens[v.endsAt[at]!];
  if (!t) return false;
  if (!/[\u4e00-\u9fff]/.test(t.word) || FUNCTION_TAGS.has(t.tag) || LEAD_WORDS.has(t.word)) return true;
  return titleEndingAt(k, v.text, at) !== null || countryEndingAt(k, v.text, at) !== null;
}

/** A name right before a speech verb: 。柯比|说 → 柯比; jieba must have tagged it a person (or a foreign name). */
function beforeVerb(k: Knowledge, v: SentenceView, out: Candidate[], vi: number): void {
  // 王毅还说, 王毅则指出: one adverb may stand between the name and the verb
  const adverb = v.tokens[vi - 1]!;
  if ((adverb.tag === "d" && adverb.word.length <= 2) || ADVERBS.has(adverb.word)) vi--;
  if (vi < 1) return;
  // 郑泽光大使表示: a title between the name and the verb (the name then needs no person tag)
  const title = titleEndingAt(k, v.text, v.tokens[vi]!.start);
  let titled = false;
  if (title && title.start > 0 && v.tokens[vi]!.start - title.start >= 2) {
    let j = vi;
    while (j > 0 && v.tokens[j - 1]!.end > title.start) j--;
    if (j > 0 && v.tokens[j - 1]!.end === title.start) {
      vi = j;
      titled = true;
    }
  }
  const end = v.tokens[vi]!.start;
  const parts: Token[] = [];
  for (let j = vi - 1; j >= 0; j--) {
    const t = v.tokens[j]!;
    if (!nameToken(t) || end - t.start > MAX_NAME) break;
    parts.unshift(t);
    const start = t.start;
    const name = v.text.slice(start, end);
    const shape = nameShape(k, name);
    if (!shape || !speakerLead(k, v, start)) continue;
    const tagged = titled || parts.some((p) => PERSON_TAGS.has(p.tag) && p.word.length > 1);
    const ok = shape === "chinese" ? tagged && isChineseName(name) : tagged || parts.every((p) => p.tag === "x" || PERSON_TAGS.has(p.tag));
    if (ok && push(k, v, out, start, end, titled ? "title-after-name" : "speech-verb")) return;
  }
}

/** Adverbs allowed between a speaker and the speech verb. */
const ADVERBS = new Set(["还", "也", "则", "又", "曾", "再次", "随后", "同时", "当时", "此前", "亦", "就", "更", "都", "却", "仍", "已"]);

/** A word jieba's dictionary tags as a person (nr, nrt), with lead and follow words around it: 与|拜登|的. */
function taggedPerson(k: Knowledge, v: SentenceView, out: Candidate[], t: Token): void {
  if (!PERSON_TAGS.has(t.tag) || t.word.length < 2 || !free(v, t.start, t.end) || glued(v, t.start, t.end)) return;
  // nr/nrfg for Chinese names of three characters, nrt (jieba's transliterated names) for foreign ones:
  // jieba's dictionary tags common two-character words nr too (明朗, 祝贺)
  const shape = nameShape(k, t.word);
  if (!shape || (shape === "chinese") !== (t.tag !== "nrt") || (shape === "chinese" && t.word.length < 3)) return;
  if (!leftSupported(k, v, t.start) || !rightSupported(v, t.end)) return;
  push(k, v, out, t.start, t.end, "person-tag");
}

/** Title-before-name, then speech-verb-after, then jieba's person tags with context on both sides. */
export const contextNames: SentenceRule = {
  name: "context-name",
  run(k, v, out) {
    const { tokens } = v;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      if (v.taken[t.end]) continue;
      const title = titleEndingAt(k, v.text, t.end);
      if (title && t.end - title.start >= 2) nameAfter(k, v, out, i, "title-before-name", false);
      else if (OBJECT_VERBS.has(t.word)) nameAfter(k, v, out, i, "object-of-meeting", true);
    }
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (SPEECH_VERBS.has(t.word) && !v.taken[t.start - 1]) beforeVerb(k, v, out, i);
    }
    for (const t of tokens) taggedPerson(k, v, out, t);
  },
};

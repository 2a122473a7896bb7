// Context checks shared by the rules: is a span glued to its neighbours, or supported by the words around it?
import { FOLLOW_WORDS, FUNCTION_TAGS, LEAD_WORDS, ORG_AFTER } from "./data/context.ts";
import { isHan, isHanAt } from "./data/chars.ts";
import { isCommonPair } from "./jieba-dict.ts";
import { countryEndingAt, titleEndingAt, type Knowledge } from "./knowledge.ts";
import { tokenAfter, tokenBefore, type SentenceView } from "./view.ts";

/** Prepositions, conjunctions and particles (除|习近平|之外, 与|拜登|的). */
const CLOSED_TAGS = new Set(["p", "c", "uj", "ul", "uz", "ug", "uv", "ud", "u"]);

const GLUE_TAGS = new Set(["nr", "nrt", "nrfg", "x", "zg", "ng", "nz", "j", "ns"]);

/** True when a one-character name-like token sticks to the span: 布|林肯, 林肯|斯. */
export function glued(v: SentenceView, start: number, end: number): boolean {
  const before = tokenBefore(v, start);
  if (before && before.word.length === 1 && isHan(before.word) && GLUE_TAGS.has(before.tag) && !LEAD_WORDS.has(before.word)) return true;
  const after = tokenAfter(v, end);
  if (!after || after.word.length !== 1 || !isHan(after.word) || !GLUE_TAGS.has(after.tag) || FOLLOW_WORDS.has(after.word)) return false;
  // 王毅|较|早前: the character starts a word with the next one (较早), it does not end the name
  return !isCommonPair(after.word + v.text.charAt(end + 1), 1);
}

/** True when what precedes `start` may precede a name: nothing, punctuation, a lead word, a title or a country. */
export function leftSupported(k: Knowledge, v: SentenceView, start: number): boolean {
  if (start === 0 || !isHanAt(v.text, start - 1)) return true;
  for (let len = 1; len <= 2 && len <= start; len++) if (LEAD_WORDS.has(v.text.slice(start - len, start))) return true;
  const before = tokenBefore(v, start);
  if (before && (CLOSED_TAGS.has(before.tag) || (FUNCTION_TAGS.has(before.tag) && before.word.length > 1))) return true;
  if (titleEndingAt(k, v.text, start) !== null) return true;
  // a one-character country (美, 俄) only as its own word: not 俄|罗斯 inside 俄罗斯
  const c = countryEndingAt(k, v.text, start);
  return c !== null && (start - c.start > 1 || before?.start === c.start);
}

/** True when what follows `end` may follow a name: nothing, punctuation, a speech verb, a function word. */
export function rightSupported(v: SentenceView, end: number): boolean {
  if (end >= v.text.length || !isHanAt(v.text, end)) return true;
  const after = tokenAfter(v, end);
  if (after && (CLOSED_TAGS.has(after.tag) || after.tag === "f")) return true;
  for (let len = 1; len <= 3 && end + len <= v.text.length; len++) if (FOLLOW_WORDS.has(v.text.slice(end, end + len))) return true;
  return false;
}

/** True when the character after `end` ends a name: the end, a non-Han character, or a follow word on a token boundary. */
export function boundaryAfter(v: SentenceView, end: number): boolean {
  if (end >= v.text.length || !isHanAt(v.text, end)) return true;
  const t = tokenAfter(v, end);
  if (t !== undefined && (FOLLOW_WORDS.has(t.word) || FUNCTION_TAGS.has(t.tag))) return true;
  // 韩正|举行会谈: a token that starts with a two- or three-character follow word
  for (let len = 2; len <= 3 && end + len <= v.text.length; len++) if (FOLLOW_WORDS.has(v.text.slice(end, end + len))) return true;
  return false;
}

/** True when an institution word follows: 洛克希德·马丁|公司, 诺贝尔|奖 (the name is not a person there). */
export function orgFollows(v: SentenceView, end: number): boolean {
  return ORG_AFTER.test(v.text.slice(end, end + 3));
}

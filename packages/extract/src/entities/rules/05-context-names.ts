// Rule 5: names outside the lexicon, supported by context: a title before (外交部副部长孙卫东, 州长纽森)
// or a speech verb after (柯比说, 信强表示), the object of a meeting verb (会见孙卫东), jieba's person tags
// with lead and follow words (与拜登的).
import { CharSet, isChineseName, isHanAt } from "../data/chars.ts";
import { FUNCTION_TAGS, LEAD_WORDS, PERSON_TAGS, SPEECH_VERBS } from "../data/context.ts";
import { glued, leftSupported, rightSupported } from "../support.ts";
import { countryEndingAt, titleEndingAt, type Knowledge } from "../knowledge.ts";
import type { Token } from "../segment.ts";
import { free, type Candidate, type SentenceView } from "../view.ts";
import { MAX_NAME, nameShape, nameToken } from "./name-shape.ts";
import { nameAfter, OBJECT_VERBS, push } from "./05a-name-after.ts";
import { hanNameAfterTitle } from "./05c-han-name-after-title.ts";
import { compoundWord, placeContext } from "./tag-guard.ts";
import type { SentenceRule } from "./types.ts";

/**
 * Whether jieba's words support a Chinese name before a speech verb: a surname split from its given
 * name (孙|卫东), a word its HMM found (x), or a three-character person word. Two-character dictionary
 * words tagged nr are too often common words (明白, 文明, 顾问).
 */
function chineseEvidence(parts: readonly Token[]): boolean {
  if (parts.length === 2) return parts[0]!.word.length === 1 && parts[1]!.word.length <= 2;
  const t = parts[0];
  return parts.length === 1 && t !== undefined && (t.tag === "x" || (PERSON_TAGS.has(t.tag) && t.word.length === 3));
}

const HAS_HAN = /[\u4e00-\u9fff]/;

/** Whether what ends at `at` may precede a speaker's name. */
function speakerLead(k: Knowledge, v: SentenceView, at: number): boolean {
  if (at === 0) return true;
  const t = v.tokens[v.endsAt[at]!];
  if (!t) return false;
  if (!HAS_HAN.test(t.word) || FUNCTION_TAGS.has(t.tag) || LEAD_WORDS.has(t.word)) return true;
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
    if (!shape || !speakerLead(k, v, start) || placePhrase(v.text, start, end)) continue;
    const ok = shape === "chinese" ? isChineseName(name) && (titled || chineseEvidence(parts)) : titled || parts.every((p) => p.tag === "x" || PERSON_TAGS.has(p.tag));
    if (ok && push(k, v, out, start, end, titled ? "title-after-name" : "speech-verb")) return;
  }
}

/** Localizers that end a place phrase after 在/于/从: 在信中, 在会上, 于文内. */
const LOCALIZERS = new Set(["中", "上", "里", "内", "下", "外", "间"]);

/** 习近平在信中说, 他在会上表示: 在 + a word + a localizer is where something is said, not a speaker. */
function placePhrase(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  return (before === "在" || before === "于" || before === "從" || before === "从") && LOCALIZERS.has(text.charAt(end - 1));
}

/** Adverbs allowed between a speaker and the speech verb. */
const ADVERBS = new Set(["还", "也", "则", "又", "曾", "再次", "随后", "同时", "当时", "此前", "亦", "就", "更", "都", "却", "仍", "已"]);

/** Opening quotation marks with their closing ones. */
const QUOTES: Record<string, string> = { "“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "'": "'", "《": "》", "〈": "〉" };

/** 贸易“胡萝卜”, 「巧克力」外交: a word alone in quotation marks is a figure of speech or a title, not a name. */
function quoted(text: string, start: number, end: number): boolean {
  const close = QUOTES[text.charAt(start - 1)];
  return close !== undefined && text.charAt(end) === close;
}

/** A word jieba's dictionary tags as a person (nr, nrt), with lead and follow words around it: 与|拜登|的. */
function taggedPerson(k: Knowledge, v: SentenceView, out: Candidate[], t: Token): void {
  if (!PERSON_TAGS.has(t.tag) || t.word.length < 2 || !free(v, t.start, t.end) || glued(v, t.start, t.end)) return;
  // nr/nrfg for Chinese names of three characters, nrt (jieba's transliterated names) for foreign ones:
  // jieba's dictionary tags common two-character words nr too (明朗, 祝贺)
  const shape = nameShape(k, t.word);
  if (!shape || (shape === "chinese") !== (t.tag !== "nrt") || (shape === "chinese" && t.word.length < 3)) return;
  if (!leftSupported(k, v, t.start) || !rightSupported(v, t.end) || quoted(v.text, t.start, t.end)) return;
  // 伊朗核, 成果展 (jieba's dictionary tags compounds nr); 过境休斯顿, 洛杉矶及休斯顿 (a city tagged nrt)
  if ((shape === "chinese" && compoundWord(k, t.word)) || placeContext(v, out, t.start, t.end)) return;
  // 穆罕默德 after 穆罕默德·本·扎耶德: a part of a lexicon name is left to the short-form rule
  if (k.lastParts.has(t.word)) return;
  push(k, v, out, t.start, t.end, "person-tag");
}

/** First characters of the speech and meeting verbs: most words are ruled out by one bit. */
const VERB_FIRSTS = new CharSet([...SPEECH_VERBS, ...OBJECT_VERBS].map((w) => w.charAt(0)));
const isVerb = (verbs: ReadonlySet<string>, word: string) => VERB_FIRSTS.hasAt(word, 0) && verbs.has(word);

/** Title-before-name, then speech-verb-after, then jieba's person tags with context on both sides. */
export const contextNames: SentenceRule = {
  name: "context-name",
  run(k, v, out) {
    const { tokens } = v;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      // only a Han word can be followed by a name found this way
      if (v.taken[t.end] || !isHanAt(v.text, t.end)) continue;
      const title = titleEndingAt(k, v.text, t.end);
      if (title && t.end - title.start >= 2) {
        const before = out.length;
        nameAfter(k, v, out, i, "title-before-name", false);
        if (out.length === before) hanNameAfterTitle(k, v, out, t.end);
      }
      else if (isVerb(OBJECT_VERBS, t.word)) nameAfter(k, v, out, i, "object-of-meeting", true);
    }
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isVerb(SPEECH_VERBS, t.word) && !v.taken[t.start - 1]) beforeVerb(k, v, out, i);
    }
    for (const t of tokens) if (PERSON_TAGS.has(t.tag)) taggedPerson(k, v, out, t);
  },
};

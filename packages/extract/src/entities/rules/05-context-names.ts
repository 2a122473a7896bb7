// Rule 5: names outside the lexicon, supported by context: a title before (外交部副部长孙卫东, 州长纽森)
// or a speech verb after (柯比说, 信强表示); jieba's person tags decide for speech verbs alone.
import { isChineseName } from "../data/chars.ts";
import { FUNCTION_TAGS, LEAD_WORDS, PERSON_TAGS, SPEECH_VERBS } from "../data/context.ts";
import { boundaryAfter } from "../support.ts";
import { countryEndingAt, titleEndingAt, type Knowledge } from "../knowledge.ts";
import type { Token } from "../segment.ts";
import { claim, free, type Candidate, type SentenceView } from "../view.ts";
import { MAX_NAME, nameShape, nameToken } from "./name-shape.ts";
import type { SentenceRule } from "./types.ts";

function push(k: Knowledge, v: SentenceView, out: Candidate[], start: number, end: number, rule: string): boolean {
  const name = v.text.slice(start, end);
  if (!nameShape(k, name) || !free(v, start, end)) return false;
  out.push({ view: v, start, end, type: "person", rule, name });
  claim(v, start, end);
  return true;
}

/** A name right after a title token: 副部长|孙|卫东|在 → 孙卫东. */
function afterTitle(k: Knowledge, v: SentenceView, out: Candidate[], ti: number): void {
  const start = v.tokens[ti]!.end;
  let end = start;
  for (let j = ti + 1; j < v.tokens.length; j++) {
    const t = v.tokens[j]!;
    if (!nameToken(t) || t.end - start > MAX_NAME) break;
    end = t.end;
  }
  // shortest-first would cut 孙卫东 to 孙卫; take the longest span that ends on a boundary
  for (let e = end; e > start + 1; e--) {
    if (v.endsAt[e]! < 0 || !boundaryAfter(v, e)) continue;
    if (push(k, v, out, start, e, "title-before-name")) return;
  }
}

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
    const tagged = parts.some((p) => PERSON_TAGS.has(p.tag) && p.word.length > 1);
    const ok = shape === "chinese" ? tagged && isChineseName(name) : tagged || parts.every((p) => p.tag === "x" || PERSON_TAGS.has(p.tag));
    if (ok && push(k, v, out, start, end, "speech-verb")) return;
  }
}

/** Title-before-name, then speech-verb-after. */
export const contextNames: SentenceRule = {
  name: "context-name",
  run(k, v, out) {
    const { tokens } = v;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      if (t.word.length < 2 || v.taken[t.end]) continue;
      const title = titleEndingAt(k, v.text, t.end);
      if (title && title.start >= t.start) afterTitle(k, v, out, i);
    }
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (SPEECH_VERBS.has(t.word) && !v.taken[t.start - 1]) beforeVerb(k, v, out, i);
    }
  },
};

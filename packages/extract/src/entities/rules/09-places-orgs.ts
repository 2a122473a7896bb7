// Rule 9: places and organizations jieba knows but the lexicon does not, with context:
// 在|维也纳|举行 (a place), 美国商会 (a jieba organization with an institution's suffix).
import { allHan } from "../data/chars.ts";
import { NOT_PLACES } from "../data/context.ts";
import type { Knowledge } from "../knowledge.ts";
import { claim, free, type Candidate, type SentenceView } from "../view.ts";

/** Words before a place: 在X, 于X, 前往X … */
export const PLACE_BEFORE = new Set(["在", "于", "赴", "抵达", "前往", "访问", "飞往", "来到", "到访", "出访", "返回", "途经"]);
/** Words after a place: X举行, X召开 … */
export const PLACE_AFTER = new Set(["举行", "召开", "举办", "会晤", "会面", "会谈", "峰会"]);
/** Endings of institution names. */
export const ORG_SUFFIX = /(部|院|局|署|委员会|办公室|大学|学院|学会|协会|商会|组织|银行|公司|集团|基金会|研究所|通讯社|电视台|日报|时报|政府|议会|法院|联盟)$/;

/** Adds context-supported places (`place-context`) and suffix-checked organizations (`jieba-org`). */
export function placesAndOrgs(k: Knowledge, views: readonly SentenceView[], found: Candidate[]): void {
  for (const v of views) {
    const { tokens } = v;
    tokens.forEach((t, i) => {
      if ((t.tag !== "ns" && t.tag !== "nt") || t.word.length < 2 || !allHan(t.word) || !free(v, t.start, t.end)) return;
      if (t.tag === "ns") {
        // 中美, 美俄: a pair of country prefixes is not a place
        if ([...t.word].every((ch) => k.countries.has(ch)) || NOT_PLACES.has(t.word)) return;
        const before = tokens[i - 1]?.word ?? "";
        const after = tokens[i + 1]?.word ?? "";
        if (!PLACE_BEFORE.has(before) && !PLACE_AFTER.has(after)) return;
        found.push({ view: v, start: t.start, end: t.end, type: "place", rule: "place-context", name: t.word });
        claim(v, t.start, t.end);
      } else if (t.tag === "nt" && t.word.length >= 3 && ORG_SUFFIX.test(t.word)) {
        found.push({ view: v, start: t.start, end: t.end, type: "organization", rule: "jieba-org", name: t.word });
        claim(v, t.start, t.end);
      }
    });
  }
}

// Guards for names found by jieba's person tag alone: its dictionary tags places and compounds nr/nrt
// (伊朗核, 成果展, 高峰会, 班公湖, 休斯顿), so such a word needs to look like a person where it stands.
import { COMPOUND_SURNAMES } from "../data/chars.ts";
import { isCommonPair } from "../jieba-dict.ts";
import type { Knowledge } from "../knowledge.ts";
import type { Candidate, SentenceView } from "../view.ts";

/** Last characters of places, bodies and things, never of a given name: 班公湖, 高峰会, 成果展. */
export const THING_ENDINGS = new Set("会展核湖河岛港湾峡省市县镇村街路馆寺庙桥塔堡州营站厅院局部处队团社赛节案区费奖票");

/** Words after which a place, not a person, follows: 过境休斯顿, 飞抵马尼拉, 转往丹佛. */
export const TRAVEL_VERBS = ["过境", "途经", "路经", "取道", "经停", "抵达", "飞抵", "到达", "前往", "飞往", "转往", "转赴", "出访", "访问", "到访", "返回", "来到", "赴"];

/** Words that join two items of one list: 洛杉矶及休斯顿, 休斯顿和旧金山. */
const COORDINATORS = ["、", "和", "及", "与", "以及", "或", "跟"];

function placeEndingAt(out: readonly Candidate[], v: SentenceView, at: number): boolean {
  return out.some((c) => c.view === v && c.type === "place" && c.end === at);
}

function placeStartingAt(out: readonly Candidate[], v: SentenceView, at: number): boolean {
  return out.some((c) => c.view === v && c.type === "place" && c.start === at);
}

/** True when [start, end) stands in a list with a place (洛杉矶及休斯顿) or right after a travel verb. */
export function placeContext(v: SentenceView, out: readonly Candidate[], start: number, end: number): boolean {
  const { text } = v;
  for (const w of TRAVEL_VERBS) if (text.endsWith(w, start)) return true;
  for (const c of COORDINATORS) {
    if (text.endsWith(c, start) && placeEndingAt(out, v, start - c.length)) return true;
    if (text.startsWith(c, end) && placeStartingAt(out, v, end + c.length)) return true;
  }
  return false;
}

/**
 * True when a three-character word jieba tags nr is a compound, not a name: it starts with a country or a
 * common word (伊朗|核, 成果|展) or ends like a place or a thing (班公|湖, 高峰|会). Compound surnames pass.
 */
export function compoundWord(k: Knowledge, word: string): boolean {
  if (word.length !== 3 || COMPOUND_SURNAMES.has(word.slice(0, 2))) return false;
  const head = word.slice(0, 2);
  return k.countries.has(head) || isCommonPair(head) || THING_ENDINGS.has(word.charAt(2));
}

// Pair words (两人, 双方, 两国元首) and what they ask for; leaders by their lexicon titles; bylines.
import type { Lexicon } from "../lexicon/index.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** 两人上一次会晤是…, 双方举行会谈, 两国元首举行正式会谈 (simplified text). */
const PAIR_WORD = /两人|二人|双方|两位|两国元首|两国领导人|两位领导人|两位元首|两国首脑|两国最高领导人/g;
/** The pair word names leaders, not just any two people (两国元首, 两位领导人). */
const LEADERS = /元首|领导人|首脑/;
/** Titles of a head of state or government, as the lexicon writes them in English. */
const LEADER_TITLE = /^(?:President|Premier|Prime Minister|Chancellor|King|Emperor|General Secretary|Supreme Leader|President-elect)\b/;
/** 【联合报／记者 张文馨／即时报导】, （编辑：陈承功）: who wrote or edited the story. */
const BYLINE_BEFORE = /(?:记者|编辑|责编|撰稿|特派员|通讯员|摄影|撰文|编译)[\s：:／/|｜·・]*$/;

/** True when the person is the story's journalist or editor (never an event participant). */
export function isByline(view: SentenceView, p: EntityItem): boolean {
  return BYLINE_BEFORE.test(view.text.slice(Math.max(0, p.start - 8), p.start));
}

/** 元首/首脑: heads of state (a premier is a head of government, not one). */
const HEADS = /元首|首脑/;
/** 两人上一次会晤是…, 两人曾通话: a look back, which points at the article's main pair. */
const BACK = /上一次|上次|上回|前一次|此前|之前|曾经|曾|以往/;

/** What a pair word asks for: leaders (两国领导人), heads of state (两国元首), a look back (两人上次…). */
export interface PairRef {
  leaders: boolean;
  heads: boolean;
  back: boolean;
  /** The people the sentence names before the pair word (他没有前往罗马…两人原本可能在罗马会面: 习近平 is one). */
  named?: string[];
  /** The pair word opens its paragraph's first sentence (两人上一次会面是…): with a look back, the main pair. */
  opening?: boolean;
  /** 两人曾在苏黎世会谈，当时双方同意安排两国元首会晤: the leaders are named apart after it, so 两人 are not they. */
  notLeaders?: boolean;
}

/** How far into a paragraph's first sentence a pair word still opens it (两人, 这是两人, 拜习两人). */
const OPENING_REACH = 4;

/** Other, unnamed people between the pair word and the trigger: 双方同意举行两军战区领导人通话. */
const OTHERS = /领导人|官员|代表|部长|负责人|将领|团队|首脑|元首|高层|指挥官|司令|两军|军方|军队|部门|机构|工作层|幕僚|助手|热线|外交官/;

/**
 * 两国元首, 两国领导人 written after a plain 两人/双方: leaders spoken of as others (两人…同意安排两国元首会晤);
 * 两位领导人…两人 before it are the same two people.
 */
const LEADERS_APART = /两国(?:元首|领导人|首脑|最高领导人)/;

/** The last pair word in [from, to), and whether it names leaders; none when others are named after it. */
export function pairWord(view: SentenceView, from: number, to: number): PairRef | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of view.text.slice(from, to).matchAll(PAIR_WORD)) last = m as RegExpExecArray;
  if (last === undefined) return undefined;
  const rest = view.text.slice(from + last.index + last[0].length, to);
  if (OTHERS.test(rest)) return undefined;
  const at = from + last.index;
  const named = view.persons.filter((p) => p.end <= at).map((p) => p.id);
  const leaders = LEADERS.test(last[0]);
  const notLeaders = !leaders && LEADERS_APART.test(view.text.slice(at + last[0].length));
  const opening = view.sentence.start === 0 && at <= OPENING_REACH;
  return { leaders, heads: HEADS.test(last[0]), back: BACK.test(rest), named, ...(notLeaders ? { notLeaders } : {}), ...(opening ? { opening } : {}) };
}

/** True when the lexicon gives the person a head-of-state or head-of-government title (heads: not a premier). */
export function isLeader(id: string, lexicon: Lexicon | undefined, heads = false): boolean {
  const e = lexicon?.byId(id);
  if (!e || e.type !== "person") return false;
  return e.roles.some((r) => r.titleEn !== undefined && LEADER_TITLE.test(r.titleEn) && !(heads && /^Premier\b/.test(r.titleEn)));
}

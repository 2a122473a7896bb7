// What 两人/双方/两国元首 and 此次访问 point at: the pair or the visitor the document has already named.
import type { DocEntity, Mention } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import type { TimeChoice } from "./time-groups.ts";
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

/** Other, unnamed people between the pair word and the trigger: 双方同意举行两军战区领导人通话. */
const OTHERS = /领导人|官员|代表|部长|负责人|将领|团队|首脑|元首|高层/;

/** The last pair word in [from, to), and whether it names leaders; none when others are named after it. */
export function pairWord(view: SentenceView, from: number, to: number): { leaders: boolean } | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of view.text.slice(from, to).matchAll(PAIR_WORD)) last = m as RegExpExecArray;
  if (last === undefined) return undefined;
  if (OTHERS.test(view.text.slice(from + last.index + last[0].length, to))) return undefined;
  return { leaders: LEADERS.test(last[0]) };
}

/** True when the lexicon gives the person a head-of-state or head-of-government title. */
export function isLeader(id: string, lexicon: Lexicon | undefined): boolean {
  const e = lexicon?.byId(id);
  if (!e || e.type !== "person") return false;
  return e.roles.some((r) => r.titleEn !== undefined && LEADER_TITLE.test(r.titleEn));
}

/** The pairs and the main visitor a document has named so far, most recent pair last. */
export class Referents {
  private readonly pairs: EntityItem[][] = [];
  /** The visitor of the document's first visit with a destination: what 此次访问/此行 refer to. */
  visitor: EntityItem | undefined;
  /** The last inauguration the text placed (特朗普将于20日在华盛顿宣誓就职): 出席就职典礼 goes there. */
  ceremony: { place: string; time: TimeChoice | undefined } | undefined;
  /** That visit's destination and its first known date. */
  visit: { place: string; time: TimeChoice | undefined } | undefined;

  /** Records the participants of a meeting or call. */
  notePair(people: EntityItem[]): void {
    if (people.length !== 2) return;
    this.pairs.push(people);
    if (this.pairs.length > 16) this.pairs.shift();
  }

  /** Records a visit: the first one with a destination is the article's main visit. */
  noteVisitor(p: EntityItem, place: string | null, time: TimeChoice): void {
    if (place === null) return;
    if (!this.visitor) {
      this.visitor = p;
      this.visit = { place, time: time.from ? time : undefined };
    } else if (this.visitor.id === p.id && this.visit && !this.visit.time && time.from) {
      this.visit.time = time;
    }
  }

  private readonly leaders: EntityItem[] = [];

  /** Records a named head of state or government (for 两国元首 when no event has paired them yet). */
  noteLeader(p: EntityItem): void {
    const at = this.leaders.findIndex((x) => x.id === p.id);
    if (at >= 0) this.leaders.splice(at, 1);
    this.leaders.push(p);
    if (this.leaders.length > 8) this.leaders.shift();
  }

  /**
   * The pair 两人/双方 refers to; for 两国元首 the last pair of two leaders of different countries, else
   * the last two leaders of different countries the text named (拜登…习近平…。美方希望两国元首再次会面).
   */
  pair(leaders: boolean, lexicon: Lexicon | undefined): EntityItem[] | undefined {
    const apart = (a: EntityItem, b: EntityItem): boolean => !(a.entity?.country && a.entity.country === b.entity?.country);
    for (let i = this.pairs.length - 1; i >= 0; i--) {
      const [a, b] = this.pairs[i]!;
      if (!leaders) return this.pairs[i];
      if (isLeader(a!.id, lexicon) && isLeader(b!.id, lexicon) && apart(a!, b!)) return this.pairs[i];
    }
    if (!leaders) return undefined;
    const last = this.leaders.at(-1);
    const other = last ? this.leaders.slice(0, -1).reverse().find((x) => apart(x, last)) : undefined;
    return last && other ? [other, last] : undefined;
  }
}

/** Records the heads of state or government a sentence names, in text order. */
export function noteLeaders(r: Referents, ms: readonly Mention[], entityById: ReadonlyMap<string, DocEntity>, lexicon: Lexicon | undefined): void {
  for (const m of ms) {
    if (m.type !== "person" || !isLeader(m.entity, lexicon)) continue;
    r.noteLeader({ id: m.entity, type: "person", entity: entityById.get(m.entity), start: m.start, end: m.end });
  }
}

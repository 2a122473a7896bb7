// What 两人/双方/两国元首 and 此次访问 point at: the pair or the visitor the document has already named.
import type { DocEntity, Mention } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import type { TimeChoice } from "./time-groups.ts";
import type { CountedContact } from "./meeting-ordinals.ts";
import type { EntityItem } from "./view.ts";

import { isLeader, type PairRef } from "./pair-word.ts";
import { textPair } from "./referents-greet.ts";

/** The pairs and the main visitor a document has named so far, most recent pair last. */
export class Referents {
  private readonly pairs: EntityItem[][] = [];
  /** The visitor of the document's first visit with a destination: what 此次访问/此行 refer to. */
  visitor: EntityItem | undefined;
  /** The last inauguration the text placed (特朗普将于20日在华盛顿宣誓就职): 出席就职典礼 goes there. */
  ceremony: { place: string; time: TimeChoice | undefined } | undefined;
  /** That visit's destination and its first known date. */
  visit: { place: string; time: TimeChoice | undefined } | undefined;

  /** A contact the last sentence counted without dating (三度通话): the next sentence may tell its occasions. */
  counted: CountedContact | undefined;

  /** The first pairs the document names (headline, lead): its main pairs. */
  private readonly main: EntityItem[][] = [];

  /** How many sentences the document has read (noteLeaders counts them). */
  sentence = 0;
  /** The pair the last 两人/双方 meant, the sentence it was read in, and how many pairs were known then. */
  private topic: { pair: EntityItem[]; sentence: number; known: number } | undefined;
  /** The sentence each pair was noted in, parallel to `pairs`. */
  private readonly pairSentences: number[] = [];

  /** Records the participants of a meeting or call (or, not main, two people the text joins with 与). */
  notePair(people: EntityItem[], main = true): void {
    if (people.length !== 2) return;
    if (main && this.main.length < 4) this.main.push(people);
    this.pairs.push(people);
    this.pairSentences.push(this.sentence);
    if (this.pairs.length > 16) {
      this.pairs.shift();
      this.pairSentences.shift();
      if (this.topic) this.topic.known--;
    }
  }

  /**
   * 布林肯与王毅上一次会晤是在4月，当时布林肯访问北京，还会见了习近平: a sentence that tells the story of its
   * first pair's occasion (当时, 那次) makes that pair what the next sentence's 两人 means.
   */
  noteStory(pair: EntityItem[]): void {
    if (this.topic?.sentence === this.sentence) return;
    const known = this.pairSentences.indexOf(this.sentence);
    if (known >= 0) this.topic = { pair, sentence: this.sentence, known };
  }

  /**
   * 两人上一次会晤是在去年10月，当时王毅访问华盛顿…并在白宫与拜登见面。去年5月，两人还在维也纳会谈: pairs named
   * only inside the sentence that last read 两人 (its 当时 story) do not take 两人 over in the next sentence.
   */
  private continuedTopic(): EntityItem[] | undefined {
    const t = this.topic;
    if (!t || this.sentence - t.sentence > 1) return undefined;
    for (let i = Math.max(0, t.known); i < this.pairs.length; i++) if (this.pairSentences[i] !== t.sentence) return undefined;
    return t.pair;
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
  /** The last people the story named, oldest first (for a bare title: 国务卿…同王毅通了电话). */
  readonly people: EntityItem[] = [];

  /** Records a named head of state or government (for 两国元首 when no event has paired them yet). */
  noteLeader(p: EntityItem): void {
    const at = this.leaders.findIndex((x) => x.id === p.id);
    if (at >= 0) this.leaders.splice(at, 1);
    this.leaders.push(p);
    if (this.leaders.length > 8) this.leaders.shift();
  }

  /**
   * The pair 两人/双方 refers to: the last pair named; for 两国元首 the article's main pair of two leaders of
   * different countries (its headline or lead), else the last such pair, else the last two leaders of
   * different countries the text named (拜登…习近平…。美方希望两国元首再次会面). 两人 is the last pair the
   * text named, with an event or without (这是何立峰第三次与耶伦沟通。两人上月曾通话).
   */
  pair(word: PairRef | boolean, lexicon: Lexicon | undefined): EntityItem[] | undefined {
    const found = this.resolvePair(word, lexicon);
    if (found) this.topic = { pair: found, sentence: this.sentence, known: this.pairs.length };
    return found;
  }

  /** See `pair`. */
  private resolvePair(word: PairRef | boolean, lexicon: Lexicon | undefined): EntityItem[] | undefined {
    const ref: PairRef = typeof word === "boolean" ? { leaders: word, heads: false, back: false } : word;
    // 习近平没有前往罗马…，两人原本可能在罗马会面: the latest pair with someone the sentence names.
    if (!ref.leaders && ref.named && ref.named.length > 0) {
      for (let i = this.pairs.length - 1; i >= 0; i--) if (this.pairs[i]!.some((p) => ref.named!.includes(p.id))) return this.pairs[i];
    }
    const apart = (a: EntityItem, b: EntityItem): boolean => !(a.entity?.country && a.entity.country === b.entity?.country);
    const bothLeaders = ([a, b]: EntityItem[]): boolean => isLeader(a!.id, lexicon, ref.heads) && isLeader(b!.id, lexicon, ref.heads);
    const fits = (pair: EntityItem[]): boolean => (ref.leaders ? bothLeaders(pair) && apart(pair[0]!, pair[1]!) : !(ref.notLeaders && bothLeaders(pair)));
    // 两人上一次会面是在今年3月31日 opening a paragraph after one on another trip: a look back means the main pair.
    const main = ref.back && ref.opening && !ref.leaders ? this.main[0] : undefined;
    if (main && fits(main)) return main;
    const topic = ref.leaders ? undefined : this.continuedTopic();
    if (topic && fits(topic)) return topic;
    if (ref.leaders) {
      const main = this.main.find(fits);
      if (main) return main;
    }
    for (let i = this.pairs.length - 1; i >= 0; i--) if (fits(this.pairs[i]!)) return this.pairs[i];
    if (!ref.leaders) return undefined;
    const named = this.leaders.filter((x) => isLeader(x.id, lexicon, ref.heads));
    const last = named.at(-1);
    const other = last ? named.slice(0, -1).reverse().find((x) => apart(x, last)) : undefined;
    return last && other ? [other, last] : undefined;
  }
}

/**
 * Records the heads of state or government a sentence names, in text order, and the last two people it
 * joins with 与/和 (the pair a later 两人 may mean). `text` is the sentence's paragraph-offset reader.
 */
export function noteLeaders(
  r: Referents,
  ms: readonly Mention[],
  entityById: ReadonlyMap<string, DocEntity>,
  lexicon: Lexicon | undefined,
  text?: (start: number, end: number) => string,
): void {
  r.sentence++;
  if (text) {
    const item = (m: Mention): EntityItem => ({ id: m.entity, type: "person", entity: entityById.get(m.entity), start: m.start, end: m.end });
    // 王毅与布林肯…; 奥巴马为到访的习近平举行欢迎仪式: the pair a later 两人 may mean.
    const pair = textPair(ms.filter((m) => m.type === "person"), text);
    if (pair) r.notePair([item(pair[0]), item(pair[1])], false);
  }
  for (const m of ms) {
    if (m.type !== "person") continue;
    if (r.people.at(-1)?.id !== m.entity) r.people.push({ id: m.entity, type: "person", entity: entityById.get(m.entity), start: m.start, end: m.end });
    if (r.people.length > 24) r.people.shift();
    if (!isLeader(m.entity, lexicon)) continue;
    r.noteLeader({ id: m.entity, type: "person", entity: entityById.get(m.entity), start: m.start, end: m.end });
  }
}

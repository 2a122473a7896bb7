// Cue scope: a cue inside a modifier of a person (即将卸任的李克强) says nothing about the event.
import type { SentenceView } from "./view.ts";

/** 的 closes a modifier; a person named right after it is what the modifier describes. */
const MODIFIER_END = "的";
/** How far after 的 the described person may start (的国务院总理李克强: a title between). */
const TITLE_ROOM = 10;
/** The modifier's own verb between the cue and 的 (卸任, 于下月离任), not a preposition that opens the event's object (将与…). */
const MODIFIER_VERB = /^[^与和同跟向对在，,；;]{1,6}$/;

/**
 * True when the cue at [at, at + length) sits in a modifier that ends in 的 before a person named
 * before the trigger: 朔尔茨随后与即将卸任的国务院总理李克强举行会谈 (即将 is Li's, not the talks').
 * A modifier of the trigger itself (将于下周举行的会晤) keeps its cue.
 */
export function inPersonModifier(view: SentenceView, at: number, length: number, trigger: number): boolean {
  const de = view.text.indexOf(MODIFIER_END, at + length);
  if (de < 0 || de >= trigger || !MODIFIER_VERB.test(view.text.slice(at + length, de))) return false;
  return view.persons.some((p) => p.start > de && p.start <= de + 1 + TITLE_ROOM && p.end <= trigger);
}

/** A hedge on a cause opens right after the cue: 可能与…有关, 或许是因为…. */
const CAUSE_OPEN = /^(?:是)?(?:与|與|和|跟|同|因为|因為|由于|由於)/;
/** …and a 与 hedge closes after the event, in its clause: 有关, 相关, 有关系, 所致. */
const CAUSE_CLOSE = /^[^。；;！？，,]*?(?:有关|有關|相关|相關|有关系|有關係|所致)/;

/**
 * True when the cue at [at, at + length) hedges a cause that holds the trigger at `trigger`: 股市反弹，
 * 可能与马克龙周三抵达上海有关 (the arrival is a fact; only the link is hedged).
 */
export function hedgesCause(view: SentenceView, at: number, length: number, trigger: number): boolean {
  const open = CAUSE_OPEN.exec(view.cue.slice(at + length, trigger));
  if (!open) return false;
  return /因|由/.test(open[0]) || CAUSE_CLOSE.test(view.cue.slice(trigger));
}

/**
 * The last match of `re` in `cue` (which starts at offset `from` in the sentence) that is not inside a
 * modifier of a person before the trigger at `trigger`, nor a hedge on a cause that holds it.
 */
export function lastScopedCue(view: SentenceView, re: RegExp, cue: string, from: number, trigger: number): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of cue.matchAll(re)) {
    const at = from + m.index;
    if (!inPersonModifier(view, at, m[0].length, trigger) && !hedgesCause(view, at, m[0].length, trigger)) last = m as RegExpExecArray;
  }
  return last;
}

/** 像往年那样 / 一如既往地: a comparison between a negation and its verb; 率团/率队: how, not what. */
const COMPARISON = /^(?:像|如|和|跟|同)[^，,。；;]{0,8}?(?:那样|那樣|一样|一樣|般)(?:地)?/;
const LEADING = /^(?:亲自|親自)?率(?:团|團|队|隊|领代表团|領代表團)?/;
/** 没有举行任何正式会谈, 未进行任何形式的会晤: "any" widens the negation, it does not stop it. */
const ANY = /任何(?:形式的|形式)?/g;

/**
 * The gap between a negation and its trigger without a comparison or a manner of going in it:
 * 王毅也没有像往年那样率团赴纽约 → "" (the negation reaches 赴).
 */
export function negationGap(gap: string): string {
  return gap.replace(COMPARISON, "").replace(LEADING, "").replace(ANY, "");
}

/** A plan cue governing a journey: 将前往, 预计4日抵达, 计划出访 (the contact that follows is part of the trip). */
const TRAVEL_PLAN = /(?:将|將|预计|預計|计划|計劃|拟|擬|准备|準備|打算)[^，,。；;与與和同跟]{0,8}?(?:前往|赴|抵达|抵達|飞往|飛往|飞抵|飛抵|访问|訪問|出访|出訪|转往|轉往|出席|到访|到訪)/;

/**
 * True when the clause [from, to) of a carried subject plans a journey (拜登4日将前往洛比托，与洛伦索等人
 * 举行峰会): its cue then governs the contacts of the clauses that go on with it. A cue on another verb of
 * that clause (曾表示将维持关系，并于当选后访问台湾) does not.
 */
export function plansTravel(view: SentenceView, from: number, to: number): boolean {
  return TRAVEL_PLAN.test(view.cue.slice(from, to));
}

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

/**
 * The last match of `re` in `cue` (which starts at offset `from` in the sentence) that is not inside a
 * modifier of a person before the trigger at `trigger`.
 */
export function lastScopedCue(view: SentenceView, re: RegExp, cue: string, from: number, trigger: number): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of cue.matchAll(re)) {
    if (!inPersonModifier(view, from + m.index, m[0].length, trigger)) last = m as RegExpExecArray;
  }
  return last;
}

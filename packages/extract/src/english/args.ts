// The arguments of an English trigger: the trigger itself, subjects, objects, clause breaks, place and time.
import type { TimeExpr } from "../model.ts";
import type { EnRules, EnTriggerRule } from "./rules.ts";
import type { EnSentenceView, Item } from "./view.ts";

/** One trigger occurrence in a sentence. */
export interface Trigger {
  start: number;
  end: number;
  form: string;
  rule: EnTriggerRule;
}

/** A possessive counts as the subject only right before its trigger (Wang Yi's visit to, Xi's upcoming trip). */
export const POSSESSIVE_REACH = 20;

export function findTriggers(v: EnSentenceView, rules: EnRules): Trigger[] {
  const masked = v.text.replace(rules.falseTrigger, (m) => "_".repeat(m.length));
  const names = [...v.persons, ...v.places, ...v.orgs];
  const out: Trigger[] = [];
  for (const m of masked.matchAll(rules.trigger)) {
    const form = m[0].toLowerCase();
    const rule = rules.byForm.get(form);
    if (!rule) continue;
    const t = { start: m.index, end: m.index + m[0].length, form, rule };
    if (names.some((n) => n.start < t.end && t.start < n.end)) continue;
    const needs = rules.requires.get(rule.name);
    if (needs) {
      needs.lastIndex = 0;
      if (!needs.test(v.text)) continue;
    }
    out.push(t);
  }
  return out;
}

/** Positions of speech verbs (said, told, according to): what follows one is reported, not a participant. */
export function speechAt(v: EnSentenceView, rules: EnRules): number[] {
  return [...v.text.matchAll(rules.speech)].map((m) => m.index);
}

/** A new clause between two triggers: its people are the next trigger's subject ("…, and Wang later met Biden"). */
// "a day after Wang held talks with Blinken": a subordinate clause opens before a capitalized subject too.
const CLAUSE_BREAK = /(?:,\s*(?:and|but|while|where|after|before|then|when)\b|;|\s(?:and|but)\s+(?:later|then|also)\b|,\s*(?:who|which)\b|\b(?:after|before|since|when|while|as|where)\s+(?=\p{Lu}))/gu;

/** A new clause before trigger i: where it opens and its people; null when the clause goes on (they are objects of the one before). */
export function clauseBefore(v: EnSentenceView, from: number, to: number): { at: number; people: Item[] } | null {
  let brk = -1;
  for (const m of v.text.slice(from, to).matchAll(CLAUSE_BREAK)) brk = from + m.index + m[0].length;
  if (brk < 0) return null;
  const people = within(v.persons, brk, to).filter((p) => !p.possessive || to - p.end <= POSSESSIVE_REACH);
  return people.length > 0 ? { at: brk, people } : null;
}

/** A subject that points back at the person named last: he, she, the Secretary, the Foreign Minister. */
export const ANAPHOR = /^(?:[^,]*,\s*)?(?:he|she|the (?:secretary|minister|foreign minister|president|vice president|premier|vice premier|ambassador|envoy|adviser|advisor|national security advisor|national security adviser|chinese (?:diplomat|minister|leader)|top diplomat))\b/i;

/** A subject that points back at the two people of the last meeting: the two leaders, both sides, they. */
export const PAIR = /\b(?:the two(?! countries| nations| governments| economies)|both (?:leaders|men|sides)|they)\b/i;

/** What a sentence leaves to the next one of its paragraph: its last time and how many events it reported. */
export interface Carry {
  paragraph: number;
  time: TimeExpr | undefined;
  events: number;
}

/** Words that date a sentence by the one before it (that evening, the same day). */
export const SAME_TIME = /\b(?:that (?:day|evening|morning|afternoon|night)|the same day|later that day|on the same day)\b/i;

/** Entity ids of items, each once. */
export const ids = (items: Item[]): string[] => [...new Set(items.map((i) => i.id))];
/** Items inside [from, to). */
export const within = (items: Item[], from: number, to: number): Item[] => items.filter((i) => i.start >= from && i.end <= to);

/** The people before the first trigger: the sentence's subject, after the last speech verb when one names someone. */
export function subjectsOf(v: EnSentenceView, first: Trigger, speech: number[]): Item[] {
  const before = within(v.persons, 0, first.start).filter((p) => !p.possessive || first.start - p.end <= POSSESSIVE_REACH);
  const said = speech.filter((s) => s < first.start).pop();
  if (said === undefined) return before;
  const after = before.filter((p) => p.start > said);
  return after.length > 0 ? after : before.filter((p) => p.end <= said);
}

/** The people after a trigger up to `end`, cut at a speech verb (", Blinken said"); possessives left out. */
export function objectsOf(v: EnSentenceView, t: Trigger, end: number, speech: number[]): Item[] {
  const cut = speech.find((s) => s > t.end && s < end) ?? end;
  return within(v.persons, t.end, cut).filter((p) => !p.possessive);
}

/** The first place after the trigger that no person follows (U.S. Secretary ... is a modifier, not a place). */
export function placeAfter(v: EnSentenceView, from: number, to: number, rules: EnRules, needPreposition: boolean): string | null {
  for (const p of within(v.places, from, to)) {
    if (p.possessive || v.persons.some((x) => x.start - p.end >= 0 && x.start - p.end <= 1)) continue;
    if (needPreposition && !hasPreposition(v.text.slice(Math.max(0, p.start - 30), p.start), rules)) continue;
    return p.id;
  }
  return null;
}

/** True when the text before a place ends in a preposition (in, at, to the). */
function hasPreposition(before: string, rules: EnRules): boolean {
  rules.placeBefore.lastIndex = 0;
  return rules.placeBefore.test(before);
}

/**
 * The first time after the trigger before the next one, else the nearest before it in its clause, else (unless
 * the trigger opens a clause of its own) the nearest in the sentence before `to` (a speech verb: "…, the White
 * House said on Saturday" dates the statement).
 */
export function timeOf(v: EnSentenceView, t: Trigger, from: number, to: number, ownClause: boolean): TimeExpr | null {
  const s = v.sentence.start;
  const dist = (x: TimeExpr): number => Math.abs(x.start - s - t.start);
  const after = v.times.find((x) => x.start - s >= t.end && x.end - s <= to);
  if (after) return after;
  const before = v.times.filter((x) => x.start - s >= from && x.end - s <= t.start).pop();
  if (before || ownClause) return before ?? null;
  return v.times.filter((x) => x.end - s <= to).sort((a, b) => dist(a) - dist(b))[0] ?? null;
}

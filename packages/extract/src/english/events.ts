// extractEventsEn: meetings, calls and visits in English sentences, with participants, place, date and status.
import type { DocEntity, Document, EventMention, EventStatus, Sentence, TimeExpr } from "../model.ts";
import { builtinEnRules, type EnRules, type EnTriggerRule } from "./rules.ts";
import { statusOf } from "./status.ts";
import { EnIndex, type EnSentenceView, type Item } from "./view.ts";

/** Options of extractEventsEn. */
export interface ExtractEventsEnOptions {
  /** Compiled English rules (default: rules/triggers-en.json). */
  rules?: EnRules;
  /** Print why each event was found. */
  explain: boolean;
  /** Where explanations go (default: stderr). */
  log?: (line: string) => void;
}

/** Defaults of extractEventsEn. */
export const DEFAULT_EXTRACT_EVENTS_EN_OPTIONS: ExtractEventsEnOptions = { explain: false };

/** One trigger occurrence in a sentence. */
interface Trigger {
  start: number;
  end: number;
  form: string;
  rule: EnTriggerRule;
}

/** A possessive counts as the subject only right before its trigger (Wang Yi's visit to, Xi's upcoming trip). */
const POSSESSIVE_REACH = 20;

function findTriggers(v: EnSentenceView, rules: EnRules): Trigger[] {
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
function speechAt(v: EnSentenceView, rules: EnRules): number[] {
  return [...v.text.matchAll(rules.speech)].map((m) => m.index);
}

/** A new clause between two triggers: its people are the next trigger's subject ("…, and Wang later met Biden"). */
// "a day after Wang held talks with Blinken": a subordinate clause opens before a capitalized subject too.
const CLAUSE_BREAK = /(?:,\s*(?:and|but|while|where|after|before|then|when)\b|;|\s(?:and|but)\s+(?:later|then|also)\b|,\s*(?:who|which)\b|\b(?:after|before|since|when|while|as|where)\s+(?=\p{Lu}))/gu;

/** A new clause before trigger i: where it opens and its people; null when the clause goes on (they are objects of the one before). */
function clauseBefore(v: EnSentenceView, from: number, to: number): { at: number; people: Item[] } | null {
  let brk = -1;
  for (const m of v.text.slice(from, to).matchAll(CLAUSE_BREAK)) brk = from + m.index + m[0].length;
  if (brk < 0) return null;
  const people = within(v.persons, brk, to).filter((p) => !p.possessive || to - p.end <= POSSESSIVE_REACH);
  return people.length > 0 ? { at: brk, people } : null;
}

const ids = (items: Item[]): string[] => [...new Set(items.map((i) => i.id))];
const within = (items: Item[], from: number, to: number): Item[] => items.filter((i) => i.start >= from && i.end <= to);

/** The people before the first trigger: the sentence's subject, after the last speech verb when one names someone. */
function subjectsOf(v: EnSentenceView, first: Trigger, speech: number[]): Item[] {
  const before = within(v.persons, 0, first.start).filter((p) => !p.possessive || first.start - p.end <= POSSESSIVE_REACH);
  const said = speech.filter((s) => s < first.start).pop();
  if (said === undefined) return before;
  const after = before.filter((p) => p.start > said);
  return after.length > 0 ? after : before.filter((p) => p.end <= said);
}

/** The people after a trigger up to `end`, cut at a speech verb (", Blinken said"); possessives left out. */
function objectsOf(v: EnSentenceView, t: Trigger, end: number, speech: number[]): Item[] {
  const cut = speech.find((s) => s > t.end && s < end) ?? end;
  return within(v.persons, t.end, cut).filter((p) => !p.possessive);
}

/** The first place after the trigger that no person follows (U.S. Secretary ... is a modifier, not a place). */
function placeAfter(v: EnSentenceView, from: number, to: number, rules: EnRules, needPreposition: boolean): string | null {
  for (const p of within(v.places, from, to)) {
    if (p.possessive || v.persons.some((x) => x.start - p.end >= 0 && x.start - p.end <= 1)) continue;
    if (needPreposition && !hasPreposition(v.text.slice(Math.max(0, p.start - 30), p.start), rules)) continue;
    return p.id;
  }
  return null;
}

function hasPreposition(before: string, rules: EnRules): boolean {
  rules.placeBefore.lastIndex = 0;
  return rules.placeBefore.test(before);
}

/**
 * The first time after the trigger before the next one, else the nearest before it in its clause, else (unless
 * the trigger opens a clause of its own) the nearest in the sentence.
 */
function timeOf(v: EnSentenceView, t: Trigger, from: number, to: number, ownClause: boolean): TimeExpr | null {
  const s = v.sentence.start;
  const dist = (x: TimeExpr): number => Math.abs(x.start - s - t.start);
  const after = v.times.find((x) => x.start - s >= t.end && x.end - s <= to);
  if (after) return after;
  const before = v.times.filter((x) => x.start - s >= from && x.end - s <= t.start).pop();
  if (before || ownClause) return before ?? null;
  return [...v.times].sort((a, b) => dist(a) - dist(b))[0] ?? null;
}

/**
 * The meetings, calls and visits each English sentence reports: one EventMention per trigger with enough
 * arguments (two people for a meeting or call; a visitor and a destination for a visit), in the same shape as
 * the Chinese extractEvents, so that @parley/graph merges them with Chinese reports of the same event.
 */
export function extractEventsEn(doc: Document, sentences: Sentence[], entities: DocEntity[], times: TimeExpr[], options: Partial<ExtractEventsEnOptions> = {}): EventMention[] {
  const o = { ...DEFAULT_EXTRACT_EVENTS_EN_OPTIONS, ...options };
  const rules = o.rules ?? builtinEnRules();
  const index = new EnIndex(entities, times);
  const dateline = (doc.published ?? doc.dateline?.date ?? null)?.slice(0, 10) ?? null;
  const log = o.log ?? ((line: string) => process.stderr.write(`parley explain: ${line}\n`));
  const out: EventMention[] = [];
  for (const s of sentences) {
    const v = index.view(s);
    const triggers = findTriggers(v, rules);
    if (triggers.length === 0) continue;
    const speech = speechAt(v, rules);
    const sentenceSubjects = subjectsOf(v, triggers[0]!, speech);
    const seen = new Set<string>();
    triggers.forEach((t, i) => {
      const clause = i > 0 ? clauseBefore(v, triggers[i - 1]!.end, t.start) : null;
      const from = clause ? clause.at : i === 0 ? 0 : triggers[i - 1]!.end;
      const to = triggers[i + 1]?.start ?? v.text.length;
      const objects = objectsOf(v, t, to, speech);
      const between = i === 0 ? [] : within(v.persons, from, t.start).filter((p) => !p.possessive);
      const subjects = clause?.people ?? sentenceSubjects;
      let participants: string[];
      let place: string | null;
      if (t.rule.type === "visit") {
        participants = ids(subjects.length ? subjects : between.length ? between : objects);
        place = placeAfter(v, t.end, to, rules, false);
        if (!place) return;
      } else {
        participants = t.rule.between ? ids(objects) : ids([...subjects, ...objects]);
        // "…, where Blinken hosted him": a pronoun object is the sentence's subject.
        if (participants.length < 2 && !t.rule.between) participants = ids([...subjects, ...between, ...objects, ...sentenceSubjects]);
        place = t.rule.type === "call" ? null : (placeAfter(v, t.end, to, rules, true) ?? placeAfter(v, from, t.start, rules, true));
        if (participants.length < 2) return;
      }
      if (participants.length === 0) return;
      const key = `${t.rule.type}|${[...participants].sort().join("|")}`;
      if (seen.has(key)) return;
      seen.add(key);
      // ", the White House said Friday": a date after the speech verb dates the statement, not the event.
      const said = speech.find((x) => x > t.end && x < to) ?? to;
      const time = timeOf(v, t, from, said, clause !== null);
      let status: EventStatus = statusOf(v.text, t, from, to, rules);
      if (status === "happened" && time?.from && dateline && time.from > dateline) status = "planned";
      const ev: EventMention = {
        id: `${doc.id}:en${out.length + 1}`,
        document: doc.id,
        type: t.rule.type,
        participants,
        place,
        from: time?.from ?? null,
        to: time?.to ?? null,
        precision: time?.precision ?? null,
        status,
        trigger: v.text.slice(t.start, t.end),
        quote: s.text,
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        rule: t.rule.name,
      };
      out.push(ev);
      if (o.explain) log(`${doc.id} ¶${s.paragraph}:${s.start} ${ev.type} ${ev.status} [${participants.join(", ")}] @${place ?? "-"} ${ev.from ?? "undated"} (${ev.rule}: ${ev.trigger})`);
    });
  }
  return out;
}

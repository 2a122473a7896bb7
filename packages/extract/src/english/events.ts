// extractEventsEn: meetings, calls and visits in English sentences, with participants, place, date and status.
import type { DocEntity, Document, EventMention, EventStatus, Sentence, TimeExpr } from "../model.ts";
import { ANAPHOR, PAIR, clauseBefore, findTriggers, ids, objectsOf, placeAfter, SAME_TIME, speechAt, subjectsOf, timeOf, within, type Carry } from "./args.ts";
import { builtinEnRules, type EnRules } from "./rules.ts";
import { statusOf } from "./status.ts";
import { EnIndex, type Item } from "./view.ts";

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
  let last: Item | null = null;
  let lastPair: string[] | null = null;
  let before: Carry | null = null;
  for (const s of sentences) {
    const v = index.view(s);
    const triggers = findTriggers(v, rules);
    const prior: Carry | null = before;
    const carried = prior !== null && prior.paragraph === s.paragraph ? prior : null;
    const counter: Carry = { paragraph: s.paragraph, time: v.times[v.times.length - 1] ?? carried?.time, events: 0 };
    before = counter;
    if (triggers.length === 0) {
      last = v.persons.find((p) => !p.possessive) ?? last;
      continue;
    }
    const speech = speechAt(v, rules);
    let sentenceSubjects = subjectsOf(v, triggers[0]!, speech);
    // "He also met Sullivan on Friday": a pronoun or a bare title stands for the last person named before.
    if (sentenceSubjects.length === 0 && last && ANAPHOR.test(v.text.slice(0, triggers[0]!.start))) sentenceSubjects = [last];
    last = sentenceSubjects[0] ?? v.persons.find((p) => !p.possessive) ?? last;
    // "He met Blinken that evening": the time of the sentence before, as when that sentence reported nothing.
    const previousTime = carried && (carried.events === 0 || SAME_TIME.test(v.text)) ? carried.time : undefined;
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
        // "The two leaders last met in Bali": the people of the last meeting or call reported.
        if (participants.length < 2 && lastPair && PAIR.test(v.text.slice(from, t.start))) participants = [...new Set([...lastPair, ...participants])];
        if (participants.length < 2) return;
      }
      if (participants.length === 0) return;
      const key = `${t.rule.type}|${[...participants].sort().join("|")}`;
      if (seen.has(key)) return;
      seen.add(key);
      // ", the White House said Friday": a date after the speech verb dates the statement, not the event.
      const said = speech.find((x) => x > t.end && x < to) ?? to;
      const time = timeOf(v, t, from, said, clause !== null || triggers.length > 1 || SAME_TIME.test(v.text)) ?? previousTime ?? null;
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
      counter.events++;
      if (ev.type !== "visit") lastPair = participants;
      if (o.explain) log(`${doc.id} ¶${s.paragraph}:${s.start} ${ev.type} ${ev.status} [${participants.join(", ")}] @${place ?? "-"} ${ev.from ?? "undated"} (${ev.rule}: ${ev.trigger})`);
    });
  }
  return out;
}

// A counted contact told one by one: 两人今年三度通话。第一次是1月17日…；第二次是6月5日 → one event per ordinal.
import type { EventStatus, EventType } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import { merge } from "./merge.ts";
import type { CompiledRules } from "./rules.ts";
import type { EventDraft } from "./sentence.ts";
import type { Referents } from "./referents.ts";
import { dated, union } from "./time-groups.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** A contact the text counted (三度通话, 多次访华) and did not date: the ordinals after it date its occasions. */
export interface CountedContact {
  type: EventType;
  people: EntityItem[];
  place: string | null;
  status: EventStatus;
}

/**
 * One occasion of a count: 第一次, 第二回, 头一次, 首次, 最近一次, 上一次, 最后一次 (simplified), then 是/为/则是
 * and 在/于 before its time.
 */
const ORDINAL = /(?:第[一二两三四五六七八九十0-9０-９]{1,2}[次回度]|头一[次回]|首次|首度|最近一[次回]|最新一次|上一[次回]|最后一[次回])(?:则|便|就)?(?:是|为)?/g;
/** A sentence that goes on telling a count's occasions opens with an ordinal (after a lead-in of a few characters). */
const OPENS_WITH_ORDINAL = /^[\s“"「（(]{0,2}(?:其中|其一|而)?(?:第[一二两三四五六七八九十0-9０-９]{1,2}[次回度]|头一[次回]|首次|首度|最近一[次回]|最新一次|上一[次回]|最后一[次回])/;

/** How far the occasion's time may stand after its ordinal: 第一次是在特朗普1月17日就职前夕 (no clause break). */
const MAX_GAP = 14;

/** True when the sentence (simplified) opens by telling a counted contact's occasion. */
export function opensWithOrdinal(text: string): boolean {
  return OPENS_WITH_ORDINAL.test(text);
}

/** The time of each ordinal written in [from, end of sentence): at most one per ordinal, in text order. */
export function ordinalTimes(view: SentenceView, rules: CompiledRules, from: number, dateline: string | null): { at: number; end: number; time: ReturnType<typeof union> }[] {
  const out: { at: number; end: number; time: ReturnType<typeof union> }[] = [];
  for (const m of view.text.slice(from).matchAll(ORDINAL)) {
    const at = from + m.index;
    const end = at + m[0].length;
    const t = view.times.find((x) => x.start >= end && x.start - end <= MAX_GAP && dated(x));
    const gap = t ? view.text.slice(end, t.start) : "";
    // 上一次会晤是去年11月15日: a trigger of its own makes its own event (with its own place).
    if (!t || /[，。；：,;:]/.test(gap) || gap.search(rules.trigger) >= 0) continue;
    out.push({ at, end, time: union(view, [t], "date:listed", dateline) });
  }
  return out;
}

/**
 * Emits one event per ordinal occasion of a counted contact; returns how many. The count's people, place
 * and status carry over (三度通话 → happened calls of the same pair).
 */
export function emitOrdinals(
  out: EventDraft[],
  view: SentenceView,
  counted: CountedContact,
  from: number,
  ctx: { rules: CompiledRules; dateline: string | null; lexicon: Lexicon | undefined; referents: Referents; note: ((line: string) => void) | undefined },
): number {
  const found = ordinalTimes(view, ctx.rules, from, ctx.dateline);
  for (const o of found) {
    const clause = view.clauses.find((c) => c.start <= o.at && o.at < c.end) ?? { start: o.at, end: o.end };
    const draft: EventDraft = {
      type: counted.type,
      participants: counted.people.map((p) => p.id),
      place: counted.place,
      from: o.time.from,
      to: o.time.to,
      precision: o.time.precision,
      status: counted.status,
      triggerStart: o.at,
      triggerEnd: o.end,
      reportedBy: undefined,
      rule: `${counted.type}/ordinal;${o.time.rule};status:counted`,
      clause,
    };
    ctx.note?.(`event ${draft.type} [${draft.participants.join(", ")}] ${draft.place ?? "-"} ${draft.from ?? "?"} ${draft.status} (${draft.rule})`);
    merge(out, draft, ctx.lexicon);
    if (counted.type !== "visit") ctx.referents.notePair(counted.people, false);
  }
  return found.length;
}

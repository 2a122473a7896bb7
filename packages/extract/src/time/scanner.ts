// The scanner: every rule compiled into one RegExp, one left-to-right pass per sentence.
import type { TimeExpr } from "../model.ts";
import { FIRST_CHARS, TIME_RULES } from "./rules.ts";
import { withoutCaptures } from "./regex-source.ts";
import { ReusableContext } from "./context.ts";
import { reportedAt } from "./reported.ts";
import { foldGloss } from "./bracket-gloss.ts";
import { DAY_SUFFIX, extend, OTHER_ZONE, SINCE } from "./suffixes.ts";
import type { AnchorState, Resolved, TimeRule } from "./types.ts";

interface Compiled {
  rule: TimeRule;
  /** The rule alone, sticky: run at a position the combined scan stopped at, to read its groups. */
  sticky: RegExp;
}

const COMPILED: Compiled[] = TIME_RULES.map((rule) => ({ rule, sticky: new RegExp(rule.pattern, "y") }));
// Run only where the scan stopped: one wrapper group per rule tells which rule matches first there.
const WHICH = new RegExp(TIME_RULES.map((r) => `(${withoutCaptures(r.pattern)})`).join("|"), "y");
const WRAPPER_GROUP: number[] = [];
{
  let group = 1;
  for (const rule of TIME_RULES) {
    WRAPPER_GROUP.push(group);
    // a named group kept for a backreference (iso-date's separator) still counts
    group += 1 + ((new RegExp(`${withoutCaptures(rule.pattern)}|`).exec("")?.length ?? 1) - 1);
  }
}
// One scan finds where an expression starts; the rules then run sticky there, in priority order,
// to read their groups (a later rule gets its turn when an earlier one rejects its match).
// No capture groups: they would triple the scan's cost.
const COMBINED = new RegExp(`(?=${FIRST_CHARS})(?:${TIME_RULES.map((r) => withoutCaptures(r.pattern)).join("|")})`, "g");

/** One expression as the scanner found it, offsets into the scanned string. */
export interface RawTime {
  rule: string;
  start: number;
  end: number;
  zone?: string;
  resolved: Resolved;
  writesMonth: boolean;
}

/**
 * Finds every time expression in one sentence (`simplified`, same length as the original) and resolves
 * it against `state`, updating the state's last full date and last month as it goes. Returns false when
 * no rule matched anywhere (whatever the anchor: the sentence needs no second scan).
 */
export function scanSentence(simplified: string, state: AnchorState, out: RawTime[]): boolean {
  let pendingZone: { start: number; end: number; zone: string } | null = null;
  let candidates = false;
  // 据路透社3月报道，王毅将于4月访美: the rest of the sentence is said at the report's time (restored after it).
  const published = state.anchor;
  const first = out.length;
  state.fullInSentence = false;
  state.monthInSentence = false;
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(simplified); m; m = COMBINED.exec(simplified)) {
    const at = m.index;
    candidates = true;
    let hit = accept(at, simplified, state);
    if (!hit) {
      COMBINED.lastIndex = at + 1;
      continue;
    }
    if (hit.rule.prefix) {
      pendingZone = { start: at, end: at + hit.length, zone: simplified.slice(at, at + hit.length) };
      COMBINED.lastIndex = pendingZone.end;
      continue;
    }
    let start = at;
    let end = at + hit.length;
    let resolved = hit.resolved;
    let rule = hit.rule.name;
    if (resolved.precision === "day" && !resolved.week) {
      end = extend(DAY_SUFFIX, simplified, end);
      end = extend(OTHER_ZONE, simplified, end);
    }
    const since = resolved.from && state.anchor && resolved.from <= state.anchor ? extend(SINCE, simplified, end) : end;
    if (since > end && state.anchor) {
      // The start keeps its precision; the range runs to the anchor (今年6月以来 → 6月1日 … the anchor).
      resolved = { ...resolved, to: state.anchor, range: true };
      rule = `${rule}+since`;
      end = since;
    }
    let zone: string | undefined;
    if (pendingZone && pendingZone.end === start) {
      start = pendingZone.start;
      zone = pendingZone.zone;
    }
    pendingZone = null;
    const raw: RawTime = { rule, start, end, zone, resolved, writesMonth: hit.rule.writesMonth === true };
    if (out.length === first || !foldGloss(out, raw, simplified)) out.push(raw);
    remember(state, hit.resolved, hit);
    const said = reportedAt(resolved, simplified, end, published);
    if (said) state.anchor = said;
    COMBINED.lastIndex = end > at ? end : at + 1;
    hit = null;
  }
  state.anchor = published;
  return candidates;
}


interface Hit {
  rule: TimeRule;
  length: number;
  resolved: Resolved;
}

/** The first rule, in priority order, that both matches at `at` and resolves. */
function accept(at: number, text: string, state: AnchorState): Hit | null {
  WHICH.lastIndex = at;
  const w = WHICH.exec(text);
  if (!w) return null;
  let first = 0;
  while (first < WRAPPER_GROUP.length && w[WRAPPER_GROUP[first] ?? 0] === undefined) first++;
  for (let i = first; i < COMPILED.length; i++) {
    const c = COMPILED[i];
    if (!c) continue;
    c.sticky.lastIndex = at;
    const sm = c.sticky.exec(text);
    if (!sm) continue;
    const hit = tryRule(c, sm.slice(1), sm[0].length, at, text, state);
    if (hit) return hit;
  }
  return null;
}

// One context for every match: the winning rule's stays current until remember() has read it.
const CTX = new ReusableContext();

function tryRule(c: Compiled, groups: (string | undefined)[], length: number, at: number, text: string, state: AnchorState): Hit | null {
  if (c.rule.prefix) return { rule: c.rule, length, resolved: { from: null, to: null, precision: null, anchor: "none" } };
  const resolved = c.rule.resolve(groups, CTX.reset(state, text, at, at + length));
  return resolved ? { rule: c.rule, length, resolved } : null;
}

/**
 * Updates the text anchors: a day-precision date becomes the last full date (and the last narrative
 * date unless it lies after the anchor or in a future clause: 明年1月20日将…), a written month the last
 * month, a written year or month the last explicit one.
 */
function remember(state: AnchorState, r: Resolved, hit: Hit): void {
  if (!r.to || !r.from) return;
  if (r.precision === "day" && !r.week) {
    state.lastFull = r.to;
    state.lastFullFrom = r.from;
    state.fullParagraph = state.paragraph;
    state.monthAfterFull = false;
    const narrative = !(state.anchor && r.from > state.anchor) && CTX.clauseTense() !== "future";
    const background = narrative ? CTX.background() : null;
    // 这是他本月7日就职后首次出访，习近平当天…: a 当天 later in a background sentence means the story's day.
    state.fullInSentence = background !== "sentence";
    if (narrative) {
      // 这是…本月7日宣誓就职后的首次出访 / 周日晚间抵达: not the day a later 当天 means (当晚 may mean the evening).
      state.lastEvening = background === "evening-arrival" ? r.to : null;
      if (background === null) {
        state.lastNarrative = r.to;
        state.leadDay ??= r.to;
        CTX.noteEventDays(r.to);
      }
    }
  }
  if (hit.rule.writesMonth) {
    state.lastMonth = r.to.slice(0, 7);
    state.monthParagraph = state.paragraph;
    state.monthInSentence = true;
    state.monthAhead = state.anchor !== null && r.from.slice(0, 7) > state.anchor.slice(0, 7);
    state.monthAfterFull = r.precision !== "day";
  }
  if (hit.rule.explicit) state.lastExplicit = hit.rule.explicit === "month" ? r.to.slice(0, 7) : r.to.slice(0, 4);
}

/** Builds the public TimeExpr of a raw match found in a sentence that starts at `offset` of its paragraph. */
export function toTimeExpr(raw: RawTime, text: string, paragraph: number, offset: number): TimeExpr {
  const r = raw.resolved;
  const expr: TimeExpr = {
    surface: text.slice(raw.start, raw.end),
    paragraph,
    start: offset + raw.start,
    end: offset + raw.end,
    from: r.from,
    to: r.to,
    precision: r.precision,
    range: r.range === true,
    anchor: r.from ? r.anchor : "none",
    rule: raw.rule,
  };
  if (raw.zone) expr.zone = raw.zone;
  return expr;
}

// The event rule data (rules/triggers.json): its types, and its one-time compilation into regular expressions.
import { readFileSync } from "node:fs";
import type { EventStatus, EventType } from "../model.ts";

/** One trigger entry of triggers.json: the forms of a word and how its arguments are found. */
export interface TriggerRule {
  /** Recorded in EventMention.rule ("meet-verb", "visit-china" ...). */
  name: string;
  type: EventType;
  forms: string[];
  /** Takes its counterpart as an object after the trigger (会见B, 接待B). */
  transitive?: boolean;
  /** Only an event with 与/同/跟/和 + a named person before it (与B讨论). */
  needsConj?: boolean;
  /** A noun (峰会): only the person pair right before it, and only with a future cue. */
  nominal?: boolean;
  /** Implied destination of a visit (访华 → place:china) and its Chinese name. */
  to?: string;
  toName?: string;
  /** ISO country of the implied destination (CN for 访华). */
  toCountry?: string;
  /** A visit whose destination follows the trigger (访问X, 前往X). */
  destAfter?: boolean;
  /** A visit whose destination is where the attended thing is held (出席在X举行的…). */
  heldIn?: boolean;
  /** A visit may be kept without a destination when the visitor is named. */
  allowNoPlace?: boolean;
  /** The destination must be written right after the trigger (访中国, 首访俄罗斯), never before it. */
  adjacent?: boolean;
  /** A trip noun whose destination is written right before it (巴厘岛和曼谷之行, 中东三国之行). */
  placeBefore?: boolean;
  /** 此次访问: the visitor may be the sentence's subject before this clause. */
  anaphoric?: boolean;
  /** A status the word itself carries (缺席 → not-happened). */
  status?: EventStatus;
}

/** The whole rule file. */
export interface RuleData {
  triggers: TriggerRule[];
  falseTriggers: string[];
  compoundSuffixes: string[];
  conj: string[];
  continuation: string[];
  speechVerbs: string[];
  personModifierAfter: string[];
  placeModifierAfter: string[];
  cues: {
    negation: string[];
    cancel: string[];
    possible: string[];
    planned: string[];
    happened: string[];
    after: { possible: string[]; planned: string[]; cancel: string[] };
    paving: { before: string[]; after: string[] };
    /** 原定, 原本: with a cancel word later in the sentence, the planned event did not happen. */
    originally?: string[];
    masks: string[];
    /** Regular expressions of spans that are not cues (应…邀请: at the invitation of). */
    maskPatterns: string[];
  };
  /** Verbs that make a noun trigger an event that took place (参加了…的会谈). */
  realizers: string[];
  invitationAfter: string[];
  /** After a trigger, nouns that make it a mere reference (关于布林肯访华的问题). */
  referenceAfter: string[];
  heldInCues: string[];
  /** Words that put an event before the time of the sentence (此前, 曾): it takes no borrowed time. */
  earlier: string[];
  /** Words that place an event shortly before the document's date (最近缺席了…). */
  recent: string[];
  /** Yearly gatherings and their month (联大 → 9): an event during one is dated by it. */
  periods: Record<string, number>;
  /** A dateline or byline opening a paragraph (【大纪元2023年10月27日讯】), skipped when reading a head time. */
  datelinePrefix: string;
  locatives: string[];
  visitLocatives: string[];
  reporting: { before: string[]; after: string[]; outlets: string[] };
}

/** Rule data compiled once: one alternation per word class, longest form first. */
export interface CompiledRules {
  data: RuleData;
  /** Every trigger form (global, for matchAll). */
  trigger: RegExp;
  /** The same, without the global flag (for test()). */
  triggerAny: RegExp;
  byForm: ReadonlyMap<string, TriggerRule>;
  /** Trigger forms and look-alikes (访问团, 国会议员) in one pass: a look-alike match is skipped. */
  triggerScan: RegExp;
  /** Spans that look like a cue but are not (按计划, 未来, 应…邀请). */
  cueMask: RegExp;
  realizer: RegExp;
  compoundSuffix: RegExp;
  conjStart: RegExp;
  continuationStart: RegExp;
  speech: RegExp;
  personModifierAfter: RegExp;
  placeModifierAfter: RegExp;
  negation: RegExp;
  cancel: RegExp;
  originally: RegExp;
  possible: RegExp;
  planned: RegExp;
  happened: RegExp;
  afterPossible: RegExp;
  afterPlanned: RegExp;
  afterCancel: RegExp;
  pavingBefore: RegExp;
  pavingAfter: RegExp;
  invitationAfter: RegExp;
  referenceAfter: RegExp;
  heldIn: RegExp;
  recent: RegExp;
  earlier: RegExp;
  period: RegExp;
  datelinePrefix: RegExp;
  reportingBefore: RegExp;
  reportingAfter: RegExp;
  outlet: RegExp;
}

/** Where the built-in rule file lives. */
export const BUILTIN_TRIGGERS_FILE = new URL("../../rules/triggers.json", import.meta.url);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An alternation of the words, longest first, so the longest form wins at a position. */
export function alternation(words: readonly string[], flags = "g", wrap: (body: string) => string = (b) => b): RegExp {
  const body = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(wrap(body || "(?!)"), flags);
}

/** Compiles rule data; throws with the package name when a field is missing. */
export function compileRules(data: RuleData): CompiledRules {
  if (!Array.isArray(data.triggers) || !data.cues) {
    throw new Error("parley: event rules need `triggers` and `cues`; see packages/extract/rules/README.md");
  }
  const byForm = new Map<string, TriggerRule>();
  for (const rule of data.triggers) for (const form of rule.forms) if (!byForm.has(form)) byForm.set(form, rule);
  const c = data.cues;
  return {
    data,
    trigger: alternation([...byForm.keys()]),
    triggerAny: alternation([...byForm.keys()], ""),
    byForm,
    triggerScan: alternation([...byForm.keys(), ...data.falseTriggers]),
    cueMask: alternation(c.masks, "g", (b) => [b, ...(c.maskPatterns ?? [])].join("|")),
    realizer: alternation(data.realizers ?? []),
    compoundSuffix: alternation(data.compoundSuffixes, "", (b) => `^(?:${b})`),
    conjStart: alternation(data.conj, "", (b) => `^(?:${b})`),
    continuationStart: alternation(data.continuation, "", (b) => `^(?:${b})`),
    speech: alternation(data.speechVerbs),
    personModifierAfter: alternation(data.personModifierAfter, "", (b) => `^(?:${b})`),
    placeModifierAfter: alternation(data.placeModifierAfter, "", (b) => `^(?:${b})`),
    negation: alternation(c.negation),
    cancel: alternation(c.cancel),
    originally: alternation(c.originally ?? []),
    possible: alternation(c.possible),
    planned: alternation(c.planned),
    happened: alternation(c.happened),
    afterPossible: alternation(c.after.possible),
    afterPlanned: alternation(c.after.planned),
    afterCancel: alternation(c.after.cancel),
    pavingBefore: alternation(c.paving.before),
    pavingAfter: alternation(c.paving.after),
    invitationAfter: alternation(data.invitationAfter, "", (b) => `^(?:的)?(?:${b})`),
    referenceAfter: alternation(data.referenceAfter ?? [], "", (b) => `^(?:${b})`),
    heldIn: alternation(data.heldInCues),
    recent: alternation(data.recent ?? []),
    earlier: alternation(data.earlier ?? []),
    period: alternation(Object.keys(data.periods ?? {})),
    datelinePrefix: new RegExp(data.datelinePrefix ?? "(?!)"),
    reportingBefore: alternation(data.reporting.before),
    reportingAfter: alternation(data.reporting.after),
    outlet: alternation(data.reporting.outlets),
  };
}

let builtin: CompiledRules | undefined;

/** The built-in rules, read and compiled on first use. */
export function builtinRules(): CompiledRules {
  if (!builtin) {
    let text: string;
    try {
      text = readFileSync(BUILTIN_TRIGGERS_FILE, "utf8");
    } catch (err) {
      throw new Error(`parley: cannot read the event rules ${BUILTIN_TRIGGERS_FILE.pathname}: ${(err as Error).message}`);
    }
    builtin = compileRules(JSON.parse(text) as RuleData);
  }
  return builtin;
}

// The English rule data (rules/triggers-en.json): its types and its one-time compilation into word-bounded regexes.
import { readFileSync } from "node:fs";
import type { EventStatus, EventType } from "../model.ts";

/** One English trigger: its forms and what kind of event it reports. */
export interface EnTriggerRule {
  /** Recorded in EventMention.rule. */
  name: string;
  type: EventType;
  forms: string[];
  /** A noun phrase naming its participants after it only ("meeting between Xi and Biden"). */
  between?: boolean;
  /** The sentence must also hold one of these ("spoke with ... by phone"). */
  requires?: string[];
  /** A status the word itself carries (skipped → not-happened). */
  status?: EventStatus;
}

/** The whole rule file. */
export interface EnRuleData {
  triggers: EnTriggerRule[];
  falseTriggers: string[];
  cues: { negation: string[]; cancel: string[]; possible: string[]; planned: string[] };
  speechVerbs: string[];
  placeBefore: string[];
  /** Words of titles and affiliations, stripped from the edges of a name ("Secretary of State Antony"). */
  titleWords: string[];
  /** Last words of a title, after which capitalized words are a name (Minister, Secretary, Advisor). */
  nameHeads: string[];
  /** Words capitalized in headlines that are no names (Readout, Talks, With); trigger and cue words count too. */
  commonWords: string[];
  /** Descriptions and forms that name a lexicon entry (the Chinese capital → place:beijing, Group of 20 → org:g20). */
  namePhrases?: Record<string, string>;
  /** Last words of organization names (Institute, Council, Group). */
  orgSuffixes?: string[];
  /** Pinyin and Wade-Giles surnames: "Chen Binhua" is a person by its shape. */
  pinyinSurnames?: string[];
}

/** The rule data compiled once. */
export interface EnRules {
  data: EnRuleData;
  trigger: RegExp;
  byForm: ReadonlyMap<string, EnTriggerRule>;
  falseTrigger: RegExp;
  negation: RegExp;
  cancel: RegExp;
  possible: RegExp;
  planned: RegExp;
  speech: RegExp;
  requires: ReadonlyMap<string, RegExp>;
  titleWords: ReadonlySet<string>;
  nameHeads: ReadonlySet<string>;
  placeBefore: RegExp;
  /** Lower-case words that are no name when capitalized (headline words, trigger and cue words). */
  commonWords: ReadonlySet<string>;
  /** Every name phrase (global), and its lexicon id by lower-case phrase. */
  namePhrase: RegExp;
  phraseIds: ReadonlyMap<string, string>;
  orgSuffixes: ReadonlySet<string>;
  pinyinSurnames: ReadonlySet<string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A case-insensitive, word-bounded alternation of phrases, longest first. */
export function phrases(list: readonly string[], flags = "gi", suffix = ""): RegExp {
  const body = [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(body ? `(?<![\\p{L}\\p{N}'’])(?:${body})(?![\\p{L}\\p{N}])${suffix}` : "(?!)", `${flags}u`);
}

/** Compiles English rule data; throws naming the package when a field is missing. */
export function compileEnRules(data: EnRuleData): EnRules {
  if (!Array.isArray(data.triggers) || !data.cues) {
    throw new Error("parley: English rules need `triggers` and `cues`; see packages/extract/rules/triggers-en.json");
  }
  const byForm = new Map<string, EnTriggerRule>();
  const requires = new Map<string, RegExp>();
  for (const rule of data.triggers) {
    for (const form of rule.forms) if (!byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), rule);
    if (rule.requires) requires.set(rule.name, phrases(rule.requires, "i"));
  }
  return {
    data,
    trigger: phrases([...byForm.keys()]),
    byForm,
    falseTrigger: phrases(data.falseTriggers),
    negation: phrases(data.cues.negation),
    cancel: phrases(data.cues.cancel),
    possible: phrases(data.cues.possible),
    planned: phrases(data.cues.planned),
    speech: phrases(data.speechVerbs),
    requires,
    titleWords: new Set(data.titleWords.map((w) => w.toLowerCase())),
    nameHeads: new Set(data.nameHeads.map((w) => w.toLowerCase())),
    placeBefore: phrases(data.placeBefore, "i", "\\s+(?:the\\s+)?$"),
    namePhrase: phrases(Object.keys(data.namePhrases ?? {})),
    phraseIds: new Map(Object.entries(data.namePhrases ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    orgSuffixes: new Set((data.orgSuffixes ?? []).map((w) => w.toLowerCase())),
    pinyinSurnames: new Set(data.pinyinSurnames ?? []),
    commonWords: new Set(
      [data.commonWords ?? [], data.speechVerbs, ...data.triggers.map((t) => t.forms), ...Object.values(data.cues)]
        .flat()
        .flatMap((p) => p.toLowerCase().split(/\s+/)),
    ),
  };
}

/** Where the built-in English rules live. */
export const BUILTIN_EN_RULES_FILE = new URL("../../rules/triggers-en.json", import.meta.url);

let builtin: EnRules | undefined;

/** The built-in English rules, read and compiled on first use. */
export function builtinEnRules(): EnRules {
  if (!builtin) {
    let text: string;
    try {
      text = readFileSync(BUILTIN_EN_RULES_FILE, "utf8");
    } catch (err) {
      throw new Error(`parley: cannot read the English rules ${BUILTIN_EN_RULES_FILE.pathname}: ${(err as Error).message}`);
    }
    builtin = compileEnRules(JSON.parse(text) as EnRuleData);
  }
  return builtin;
}

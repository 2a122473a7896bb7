// Per-sentence event extraction: meetings, calls and visits with participants, place, date, status and source.
export { DEFAULT_EXTRACT_EVENTS_OPTIONS, extractEvents } from "./extract.ts";
export type { ExtractEventsOptions } from "./extract.ts";
export { BUILTIN_TRIGGERS_FILE, builtinRules, compileRules } from "./rules.ts";
export type { CompiledRules, RuleData, TriggerRule } from "./rules.ts";
export { sentenceEvents } from "./sentence.ts";
export type { EventDraft, SentenceContext } from "./sentence.ts";
export { splitClauses, viewSentence } from "./view.ts";
export type { EntityItem, SentenceView, Span, TimeItem } from "./view.ts";

// The context a rule resolves in: one reused object whose tenses are computed on demand, once per match.
import { backgroundOf, type Background } from "./background.ts";
import { eventBefore, eventDayBefore, eventNounBefore, noteEventDays } from "./event-days.ts";
import { reportedBefore } from "./reported.ts";
import { tenseAt } from "./tense.ts";
import type { AnchorState, MatchContext, Tense } from "./types.ts";

type Memo = Tense | null | undefined;

/**
 * A MatchContext reset for every match instead of built anew: its methods are bound once (rules pass
 * `ctx.tense` on as a callback), so a scan allocates no closures per candidate position.
 */
export class ReusableContext implements MatchContext {
  state: AnchorState = { anchor: null, anchorKind: "none", lastFull: null, lastMonth: null, lastNarrative: null, lastExplicit: null };
  private text = "";
  private start = 0;
  private end = 0;
  private sentence: Memo;
  private clause: Memo;
  private head: Memo;

  /** Points the context at text[start, end) under `state`; a fixed `state.tense` answers every question. */
  reset(state: AnchorState, text: string, start: number, end: number): this {
    this.state = state;
    this.text = text;
    this.start = start;
    this.end = end;
    this.sentence = this.clause = this.head = state.tense;
    return this;
  }

  /** Tense of the clause, else of the rest of the sentence; past for the time of a media report (路透社3月报道). */
  readonly tense = (): Tense | null =>
    this.sentence === undefined
      ? (this.sentence = reportedBefore(this.textAfter(16)) ? "past" : tenseAt(this.text, this.start, this.end))
      : this.sentence;

  /** Tense of the match's own clause only. */
  readonly clauseTense = (): Tense | null =>
    this.clause === undefined ? (this.clause = tenseAt(this.text, this.start, this.end, "clause")) : this.clause;

  /** True when an event is named right before the match (访华一个月后). */
  readonly afterEvent = (): boolean => eventBefore(this.text, this.start);

  /** The next `n` characters after the match. */
  readonly textAfter = (n: number): string => this.text.slice(this.end, this.end + n);

  /** The day of the event named right before the match (会晤当天), or null. */
  readonly namedEventDay = (): string | null => eventDayBefore(this.state, this.text, this.start);

  /** True when an event noun stands right before the match (阅兵前一天). */
  readonly namesEvent = (): boolean => eventNounBefore(this.text, this.start);

  /** Whether the match is a background date (a 这是… sentence, an evening arrival). */
  background(): Background {
    return backgroundOf(this.text, this.start, this.end);
  }

  /** Records a narrative day for the event nouns of the match's clause. */
  noteEventDays(day: string): void {
    noteEventDays(this.state, this.text, this.start, this.end, day);
  }

  /** Tense of the own clause, or of the clauses after a time that nearly is its clause. */
  readonly headTense = (): Tense | null =>
    this.head === undefined ? (this.head = tenseAt(this.text, this.start, this.end, "head")) : this.head;
}

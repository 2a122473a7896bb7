// The state that the numbered extraction passes read and fill, one document at a time.
import type { DocEntity, Document, EventMention, Sentence, TimeExpr } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";

/** Options of one extraction run. */
export interface ExtractOptions {
  lexicon: Lexicon;
  /** Record and print why each mention and event was found. */
  explain?: boolean;
  /** The year most articles of the corpus are from: an undated article whose text writes no year takes it. */
  yearHint?: number | null;
  /** A date for an undated article found outside its text (by matching its events to other articles): anchors its times. */
  dateline?: { date: string; basis: string } | null;
}

/** What the passes build up for one document. */
export interface ExtractionState {
  document: Document;
  options: ExtractOptions;
  sentences: Sentence[];
  /** The sentences in Chinese and in English (pass 2 splits them by paragraph, then by sentence). */
  chinese: Sentence[];
  english: Sentence[];
  entities: DocEntity[];
  times: TimeExpr[];
  events: EventMention[];
}

/** One step of the pipeline. */
export interface Pass {
  name: string;
  run(state: ExtractionState): void;
}

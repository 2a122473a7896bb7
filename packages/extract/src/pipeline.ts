// The extraction pipeline: numbered passes run in order over one document.
import type { Document, Extraction } from "./model.ts";
import type { ExtractOptions, ExtractionState, Pass } from "./passes/types.ts";
import { titlePass } from "./passes/01-title.ts";
import { sentencesPass } from "./passes/02-sentences.ts";
import { entitiesPass } from "./passes/03-entities.ts";
import { timesPass } from "./passes/04-times.ts";
import { eventsPass } from "./passes/05-events.ts";
import { englishPass } from "./passes/06-english.ts";

export type { ExtractOptions };

/** The passes, in the order they run. */
export const PASSES: readonly Pass[] = [
  titlePass, // 1. the headline becomes the first paragraph
  sentencesPass, // 2. paragraphs → sentences
  entitiesPass, // 3. people, places, organizations
  timesPass, // 4. time expressions, anchored
  eventsPass, // 5. events from triggers and argument patterns
  englishPass, // 6. the English sentences: people, times, events
];

/** Extracts entities, times and events from one document. */
export function extractDocument(document: Document, options: ExtractOptions): Extraction {
  const state: ExtractionState = {
    document,
    options,
    sentences: [],
    chinese: [],
    english: [],
    entities: [],
    times: [],
    events: [],
  };
  for (const pass of PASSES) pass.run(state);
  return { document, entities: state.entities, times: state.times, events: state.events };
}

// extractBilingual: the pipeline with English dispatch, until the numbered passes dispatch on language themselves.
import type { Document, Extraction } from "../model.ts";
import type { ExtractOptions, ExtractionState } from "../passes/types.ts";
import { PASSES } from "../pipeline.ts";
import { extractEnglish, splitByLanguage } from "./extract.ts";

/** Passes that read every sentence whatever its language. */
const SHARED_PASSES = new Set(["title", "sentences"]);

/**
 * Extracts one document of any language: the title and sentence passes run as usual, the Chinese passes
 * over the Chinese sentences only, then the English passes over the English ones (`extractEnglish`).
 * @example const x = extractBilingual(document, { lexicon });
 */
export function extractBilingual(document: Document, options: ExtractOptions): Extraction {
  const state: ExtractionState = { document, options, sentences: [], entities: [], times: [], events: [] };
  let all: ExtractionState["sentences"] | null = null;
  for (const pass of PASSES) {
    if (SHARED_PASSES.has(pass.name)) {
      pass.run(state);
      continue;
    }
    if (!all) {
      all = state.sentences;
      state.sentences = splitByLanguage(document, all).zh;
    }
    if (state.sentences.length > 0) pass.run(state);
  }
  if (all) state.sentences = all;
  extractEnglish(state);
  return { document, entities: state.entities, times: state.times, events: state.events };
}

// Pass 2: sentences, split on Chinese and ASCII punctuation without breaking inside quotes.
import type { Pass } from "./types.ts";
import { splitSentences } from "../ingest/index.ts";

/** Splits every paragraph into sentences. */
export const sentencesPass: Pass = {
  name: "sentences",
  run(state) {
    state.sentences = state.document.paragraphs.flatMap((p) => splitSentences(p));
  },
};

// Pass 2: sentences, split on Chinese and ASCII punctuation without breaking inside quotes.
import type { Pass } from "./types.ts";
import { splitSentences } from "../ingest/index.ts";
import { splitByLanguage } from "../english/index.ts";

/** Splits every paragraph into sentences, and the sentences by language. */
export const sentencesPass: Pass = {
  name: "sentences",
  run(state) {
    state.sentences = state.document.paragraphs.flatMap((p) => splitSentences(p));
    const { zh, en } = splitByLanguage(state.document, state.sentences);
    state.chinese = zh;
    state.english = en;
  },
};

// Pass 6: English sentences (readouts, wires, names in English paragraphs), with compromise and the lexicon.
import type { Pass } from "./types.ts";
import { extractEnglish } from "../english/index.ts";

/** Finds people, times and events in the English sentences and merges them into the document's. */
export const englishPass: Pass = {
  name: "english",
  run: extractEnglish,
};

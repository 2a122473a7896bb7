// Tense of the clause around a position in an English sentence, from the last modal or past verb before it.
import type { Tense } from "../time/index.ts";

// Future cues come first so that "expected to" wins over the past form "expected" at the same place.
const CUES =
  /\b(?:(will|won't|'ll|’ll|would|shall|going to|(?:is|are|was|were) (?:expected|set|scheduled|due|slated|poised|likely) to|expected to|plans? to|planning to|intends? to|to be held|upcoming|next)|(met|held|spoke|said|says|was|were|had|did|went|took|made|gave|told|came|saw|left|flew|began|sat|ago|last|has|have|\w{2,}ed))\b/gi;

/**
 * The tense at `at` in `text`: the last cue before it decides ("Wang, who met Blinken on Thursday, will meet
 * Biden on Friday": Thursday is past, Friday future); with none before it, the first cue after it; else null.
 */
export function tenseAt(text: string, at: number): Tense | null {
  let before: Tense | null = null;
  let after: Tense | null = null;
  for (const m of text.matchAll(CUES)) {
    const tense: Tense = m[1] ? "future" : "past";
    if (m.index < at) before = tense;
    else if (after === null) {
      after = tense;
      break;
    }
  }
  return before ?? after;
}

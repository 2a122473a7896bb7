// The shape of a recognition rule: a named step that adds candidates found in one sentence.
import type { Knowledge } from "../knowledge.ts";
import type { Candidate, SentenceView } from "../view.ts";

/** A sentence-level recognition rule; `name` is recorded on every mention it finds. */
export interface SentenceRule {
  name: string;
  /** Appends what it finds to `out` and claims the characters it uses. */
  run(k: Knowledge, v: SentenceView, out: Candidate[]): void;
}

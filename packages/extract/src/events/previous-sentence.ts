// PreviousSentence: the sentence before the current one, its date and subject read lazily; firstSubject of several.
import type { DocEntity, Mention, Sentence, TimeExpr } from "../model.ts";
import type { CompiledRules } from "./rules.ts";
import type { TimeChoice } from "./time.ts";
import { lastTime } from "./time.ts";
import { sentenceSubject } from "./checks.ts";
import { subjectlessOpening } from "./meeting-zero.ts";
import type { EntityItem, SentenceView } from "./view.ts";
import { viewSentence } from "./view.ts";

/** No subject: the sentence before names none. */
export const noSubject = (): EntityItem | undefined => undefined;

/** The sentence before the current one: its date and subject, read only when asked for. */
export class PreviousSentence {
  readonly paragraph: number;
  constructor(
    private readonly sentence: Sentence,
    private readonly mentions: Mention[],
    private readonly times: TimeExpr[],
    private view: SentenceView | undefined,
    readonly events: number,
  ) {
    this.paragraph = sentence.paragraph;
  }
  private seen(entityById: ReadonlyMap<string, DocEntity>, rules: CompiledRules): SentenceView {
    this.view ??= viewSentence(this.sentence, this.mentions, this.times, entityById, rules);
    return this.view;
  }
  /** Its last dated time group. */
  time(entityById: ReadonlyMap<string, DocEntity>, rules: CompiledRules, dateline: string | null): TimeChoice | undefined {
    return lastTime(this.seen(entityById, rules), dateline);
  }
  /** Its subject; none of its own when it opens with 他/她 or names none (15日他又…, 14日抵达柏林…): an earlier one's. */
  subject(entityById: ReadonlyMap<string, DocEntity>, rules: CompiledRules): EntityItem | undefined {
    const view = this.seen(entityById, rules);
    if (subjectlessOpening(view) >= 0) return undefined;
    return sentenceSubject(view, rules);
  }
}

/** The subject of the nearest of these sentences that has one (views are built only as far as needed). */
export function firstSubject(sentences: PreviousSentence[], entityById: ReadonlyMap<string, DocEntity>, rules: CompiledRules): EntityItem | undefined {
  for (const p of sentences) {
    const s = p.subject(entityById, rules);
    if (s) return s;
  }
  return undefined;
}

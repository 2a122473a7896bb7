// The event drafts one sentence yields, and what a sentence needs from its document to make them.
import type { EventMention } from "../model.ts";
import type { Lexicon } from "../lexicon/index.ts";
import type { CompiledRules } from "./rules.ts";
import type { Referents } from "./referents.ts";
import type { TimeChoice } from "./time.ts";
import type { EntityItem, Span } from "./view.ts";

/** What one sentence needs from its document. */
export interface SentenceContext {
  rules: CompiledRules;
  lexicon: Lexicon | undefined;
  /** The document's date (YYYY-MM-DD): later dates without a cue are planned. */
  dateline: string | null;
  /** The document entity for an implied place (访华 → 中国), else the lexicon id. */
  implied: (id: string, name: string) => string;
  /** The previous sentence's date when it reports no event of its own. */
  previous: TimeChoice | undefined;
  /** The previous sentence's subject, for a clause that opens with 他/她. */
  previousSubject: () => EntityItem | undefined;
  /** Receives a line per decision when explaining. */
  note: ((line: string) => void) | undefined;
  /** The pairs and main visitor named so far in the document (两人, 此次访问). */
  referents: Referents;
}

/** An event of one sentence, before it gets its id and document fields. */
export interface EventDraft extends Pick<EventMention, "type" | "participants" | "place" | "from" | "to" | "precision" | "status" | "rule"> {
  /** Offsets of the trigger in the sentence. */
  triggerStart: number;
  triggerEnd: number;
  reportedBy: string | undefined;
  clause: Span;
  /** 展开对大马为期3天的访问: the destination is the visited country, over a city of it (吉隆坡). */
  visitedCountry?: boolean;
}

// One set of event participants and the argument pattern that found it (shared by the meeting and visit rules).
import type { EntityItem } from "./view.ts";

/** One set of participants and the pattern that found it. */
export interface ArgGroup {
  people: EntityItem[];
  pattern: string;
  /** For 分别: the position of this counterpart in the list, and the list's length. */
  index?: number;
  count?: number;
  /** Where 分别 stands: times before it are the listed days. */
  respectively?: number;
  /** The subject came from elsewhere (the previous clause, the speaker). */
  carried?: boolean;
}

// One English sentence as event extraction reads it: people, places and times with offsets in the sentence.
import type { DocEntity, Mention, Sentence, TimeExpr } from "../model.ts";

/** A person or place mention in a sentence; offsets are into `Sentence.text`. */
export interface Item {
  id: string;
  start: number;
  end: number;
  /** Followed by 's or ’s (Biden's national security adviser). */
  possessive: boolean;
}

/** The sentence with its people, places and times. */
export interface EnSentenceView {
  sentence: Sentence;
  text: string;
  persons: Item[];
  places: Item[];
  orgs: Item[];
  times: TimeExpr[];
}

/** Mentions and times of a paragraph, sorted, for sentence lookups. */
export class EnIndex {
  private readonly mentions = new Map<number, Mention[]>();
  private readonly times = new Map<number, TimeExpr[]>();

  constructor(entities: readonly DocEntity[], times: readonly TimeExpr[]) {
    for (const e of entities) for (const m of e.mentions) push(this.mentions, m.paragraph, m);
    for (const t of times) push(this.times, t.paragraph, t);
    for (const l of this.mentions.values()) l.sort((a, b) => a.start - b.start);
  }

  /** The view of one sentence. */
  view(s: Sentence): EnSentenceView {
    const inside = <T extends { start: number; end: number }>(x: T): boolean => x.start >= s.start && x.end <= s.end;
    const text = s.text;
    const item = (m: Mention): Item => {
      const start = m.start - s.start;
      const end = m.end - s.start;
      return { id: m.entity, start, end, possessive: /^['’]s?\b/.test(text.slice(end, end + 3)) };
    };
    const ms = (this.mentions.get(s.paragraph) ?? []).filter(inside);
    return {
      sentence: s,
      text,
      persons: ms.filter((m) => m.type === "person").map(item),
      places: ms.filter((m) => m.type === "place").map(item),
      orgs: ms.filter((m) => m.type === "organization").map(item),
      // A wire dateline's date (WASHINGTON, Oct 26 (Reuters) -) is the report's, not an event's.
      times: (this.times.get(s.paragraph) ?? []).filter((t) => inside(t) && t.from !== null && t.rule !== "en-dateline"),
    };
  }
}

function push<T>(map: Map<number, T[]>, k: number, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

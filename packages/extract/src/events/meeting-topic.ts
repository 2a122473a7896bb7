// A person written before a copula or speech verb is the sentence's topic, not a side of the meeting after it.
import type { EntityItem, SentenceView } from "./view.ts";

/** 是/为/说/称/表示…: a gap that closes a topic (布林肯此行是…) or a speaker (王毅称…) before a meeting's pair. */
const TOPIC_GAP = /是|係|为|為|说|說|称|稱|表示|认为|認為|指出|透露|强调|強調|证实|證實/;

/** A gap that joins people into one side or pair: such a gap never closes a topic. */
const JOIN_GAP = /[与與同跟和、及]/;

/**
 * 布林肯此行是拜登总统与习近平在巴厘岛举行会晤时商定的: the people before the last topic gap are left out,
 * as long as two people remain for the meeting; otherwise the list is returned as it is.
 */
export function dropTopic(view: SentenceView, before: EntityItem[]): EntityItem[] {
  if (before.length < 3) return before;
  for (let i = before.length - 3; i >= 0; i--) {
    const gap = view.text.slice(before[i]!.end, before[i + 1]!.start);
    if (gap.length <= 24 && !JOIN_GAP.test(gap) && TOPIC_GAP.test(gap)) return before.slice(i + 1);
  }
  return before;
}

// Future cues the word list cannot hold: modal 会 (也会访问, 会在适当时候访华) and "later today" (今天稍后).
/** An adverb before 会 makes it the modal "will": 也会, 还会, 都会, 一定会 (not 还会见, 也会晤). */
const ADVERB_WILL = /(?:也|还|都|就|一定|肯定|应该|迟早|终将|必将|仍将|仍然|仍|总)会(?![见晤谈面议客])/g;
/**
 * Bare modal 会 before where, when or how one goes: 习近平会在某个时候访问美国, 会再访华, 会亲自出席.
 * Not the 会 that ends a noun (峰会在…, 国会到…, 记者会上) nor 会见/会晤.
 */
const BARE_WILL = /(?<![峰大国议协宴年晚者员事工社机运览例茶酒舞集聚盛约开都体学商省州庙部理])会(?=在|于|再|前往|到|赴|来|去|亲自|出席|择期|适时|尽快|很快|马上|立即)/g;
/** Later today or this week, month or year: 今天稍后转往首尔, 本周稍后访问, 今年晚些时候访华. */
const LATER = /(?:今天|今日|今晚|本周|这周|本月|这个月|今年)(?:稍后|稍晚|晚些时候|较后时间|较晚时候)/g;

/**
 * The last future cue of the kinds above in `cue` (simplified cue text of the trigger's clause before
 * the trigger), or undefined: 川普说他将访问中国，习近平也会在某个时候访问美国 → "也会".
 */
export function modalFuture(cue: string): string | undefined {
  let last: { at: number; word: string } | undefined;
  for (const re of [ADVERB_WILL, BARE_WILL, LATER]) {
    for (const m of cue.matchAll(re)) if (!last || m.index >= last.at) last = { at: m.index, word: m[0] };
  }
  return last?.word;
}

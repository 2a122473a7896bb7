// Day words (昨天, 当天, 前一天, 次日 …): the days they count and whether from the anchor or from the text's last date.

/** Day words: offset in days and what they count from (the anchor, or the text's last full date). */
export const DAY_WORDS: Readonly<Record<string, { delta: number; from: "anchor" | "text" }>> = {
  大前天: { delta: -3, from: "anchor" }, 大后天: { delta: 3, from: "anchor" }, 大後天: { delta: 3, from: "anchor" },
  今天: { delta: 0, from: "anchor" }, 今日: { delta: 0, from: "anchor" }, 今晚: { delta: 0, from: "anchor" },
  今早: { delta: 0, from: "anchor" }, 今晨: { delta: 0, from: "anchor" },
  昨天: { delta: -1, from: "anchor" }, 昨日: { delta: -1, from: "anchor" }, 昨晚: { delta: -1, from: "anchor" },
  昨晨: { delta: -1, from: "anchor" }, 明天: { delta: 1, from: "anchor" }, 明日: { delta: 1, from: "anchor" },
  明晚: { delta: 1, from: "anchor" }, 前天: { delta: -2, from: "anchor" }, 后天: { delta: 2, from: "anchor" },
  後天: { delta: 2, from: "anchor" },
  当天: { delta: 0, from: "text" }, 當天: { delta: 0, from: "text" }, 当日: { delta: 0, from: "text" },
  當日: { delta: 0, from: "text" }, 同一天: { delta: 0, from: "text" }, 同一日: { delta: 0, from: "text" },
  同日: { delta: 0, from: "text" }, 同天: { delta: 0, from: "text" }, 当晚: { delta: 0, from: "text" },
  當晚: { delta: 0, from: "text" }, 前一天: { delta: -1, from: "text" }, 前一日: { delta: -1, from: "text" },
  头一天: { delta: -1, from: "text" }, 頭一天: { delta: -1, from: "text" }, 次日: { delta: 1, from: "text" },
  翌日: { delta: 1, from: "text" }, 隔天: { delta: 1, from: "text" }, 隔日: { delta: 1, from: "text" },
  第二天: { delta: 1, from: "text" }, 后一天: { delta: 1, from: "text" }, 後一天: { delta: 1, from: "text" },
  次晨: { delta: 1, from: "text" },
};
/** Day words of an evening: after an evening arrival (周日晚间抵达。当晚…) they mean that evening. */
export const EVENING: ReadonlySet<string> = new Set(["当晚", "當晚"]);
/** The day words as one regex alternation, longest first. */
export const DAY_WORD_SOURCE = Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).join("|");

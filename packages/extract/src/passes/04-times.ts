// Pass 4: time expressions, normalized against the publication date or the text's own dates.
import type { Pass } from "./types.ts";
import { findTimes } from "../time/index.ts";

/** Finds and anchors every time expression in the Chinese sentences; sets the document's dateline. */
export const timesPass: Pass = {
  name: "times",
  run(state) {
    if (state.chinese.length === 0) return;
    const { times, dateline } = findTimes(state.document, state.chinese, {
      yearHint: state.options.yearHint ?? null,
      dateline: state.document.published ? null : (state.options.dateline ?? null),
    });
    state.times = times;
    state.document.dateline = dateline;
  },
};

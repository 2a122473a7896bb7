// Pass 5: meetings, calls and visits, with participants, place, time and status.
import type { Pass } from "./types.ts";
import { extractEvents } from "../events/index.ts";

/** Finds the events each sentence reports. */
export const eventsPass: Pass = {
  name: "events",
  run(state) {
    const { document, sentences, entities, times, options } = state;
    state.events = extractEvents(document, sentences, entities, times, {
      lexicon: options.lexicon,
      explain: options.explain ?? false,
    });
  },
};

// Pass 5: meetings, calls and visits, with participants, place, time and status.
import type { Pass } from "./types.ts";
import { extractEvents } from "../events/index.ts";
import { summitDates } from "../dating/summit-dates.ts";
import { itineraryDates } from "../dating/itinerary-dates.ts";

/** Finds the events each Chinese sentence reports. */
export const eventsPass: Pass = {
  name: "events",
  run(state) {
    const { document, chinese, entities, times, options } = state;
    if (chinese.length === 0) return;
    state.events = extractEvents(document, chinese, entities, times, {
      lexicon: options.lexicon,
      explain: options.explain ?? false,
    });
    // 出席利马APEC会议 · 在罗马G20峰会期间会晤: a summit the sentence names gives its days (dating/summit-dates.ts).
    state.events = summitDates(state.events, document, entities);
    // 王毅将于1月5日至11日访问…乍得…。王毅随后将前往乍得: a leg named again takes the itinerary's days (dating/itinerary-dates.ts).
    state.events = itineraryDates(state.events);
  },
};

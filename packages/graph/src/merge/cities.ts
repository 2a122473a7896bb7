// An event's place is the city a timeline shows and a graph groups by; the venue the sources name stays
// beside it: 李强在人民大会堂会见雷蒙多 → place 北京, venue 人民大会堂.
import type { TimelineEvent } from "../model.ts";
import type { PlaceRelations } from "./places.ts";

/**
 * Moves each event held at a venue of a known city to that city, keeping the venue in `venue` when it is a
 * resolved entity. Venues outside any city (戴维营, 板门店) stay the place. Run after merging, which
 * compares the narrowest places. Mutates and returns the events.
 * @example placeInCities(events, places) // { place: "place:beijing", venue: "place:great-hall-of-the-people" }
 */
export function placeInCities(events: TimelineEvent[], places: PlaceRelations): TimelineEvent[] {
  for (const e of events) {
    const city = e.place ? places.cityOf(e.place) : null;
    if (!city) continue;
    if (places.known(e.place!)) e.venue = e.place!;
    e.place = city;
  }
  return events;
}

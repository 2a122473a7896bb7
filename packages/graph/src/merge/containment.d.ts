/** A lexicon place entry as far as containment goes. */
export interface PlaceEntryLike {
    id: string;
    in?: string;
    kind?: string;
    country?: string | null;
}
/** What the lexicon says about places: containers (nearest first) and which ids are whole countries. */
export interface PlaceFacts {
    within: Record<string, string[]>;
    /** Place id → country code, for places that are a whole country. */
    countries: Record<string, string>;
}
/**
 * Containment chains of every place that names a container; cycles are cut.
 * @example placeFacts([{ id: "place:white-house", in: "place:washington" }, { id: "place:washington", in: "place:united-states" }])
 *   .within["place:white-house"] // ["place:washington", "place:united-states"]
 */
export declare function placeFacts(entries: Iterable<PlaceEntryLike>): PlaceFacts;

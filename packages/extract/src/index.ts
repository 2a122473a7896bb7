// @parley/extract: reads news articles and extracts people, places, organizations, dates and events.
export type * from "./model.ts";

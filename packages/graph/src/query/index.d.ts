export { findEntity, requireEntity, nameIndex, NameIndex, DEFAULT_FIND_OPTIONS, type EntityHit, type FindOptions, type FindResult } from "./names.ts";
export { events, event, timeline, eventsOf, chronological, type EventFilter, type EventSummary, type Ref } from "./events.ts";
export { contacts, type Contact, type ContactFilter } from "./contacts.ts";
export { path, contactGraph, type PathStep } from "./path.ts";
export { UnknownEntityError } from "./errors.ts";
export { graphOf, placesOf, type QuerySource } from "./source.ts";
export { formatTable, displayWidth, padEnd } from "./table.ts";

// @parley/graph: resolves entities, merges events, builds the graphology graph and its exports.
// Browser-safe: nothing here imports node:* or the extractor's runtime.
export type * from "./model.ts";
export { TimelineBuilder, toTimeline, DEFAULT_TIMELINE_OPTIONS, type TimelineOptions } from "./build/builder.ts";
export { EntityResolver, DEFAULT_RESOLVE_OPTIONS, type ResolvableEntity, type ResolveOptions } from "./resolve/resolver.ts";
export { summarizeRoles, roleLabel } from "./resolve/roles.ts";
export { EventMerger } from "./merge/merger.ts";
export { Cluster, typeClass, type MergeInput } from "./merge/cluster.ts";
export { PlaceRelations, type PlaceFit } from "./merge/places.ts";
export { COUNTRY_NAMES, countryOfName } from "./merge/countries.ts";
export { placeFacts, type PlaceEntryLike, type PlaceFacts } from "./merge/containment.ts";
export { toEvent, eventId, compareSources } from "./merge/finish.ts";
export { anchorVisits } from "./merge/visits.ts";
export { rate, rateEvents, DEFAULT_CONFIDENCE_MODEL, type ConfidenceModel } from "./confidence/model.ts";
export { eventFeatures, featureContext, type Features, type FeatureContext } from "./confidence/features.ts";
export { toGraph, documentKey, DEFAULT_GRAPH_OPTIONS, type GraphOptions, type ParleyGraph } from "./graph/to-graph.ts";
export { layout, iterationsFor, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from "./graph/layout.ts";
export { COUNTRY_COLORS, STATUS_COLORS, DEFAULT_COLOR, DOCUMENT_COLOR, countryColor } from "./graph/palette.ts";
export { eventLabel, EVENT_TYPE_ZH } from "./graph/labels.ts";
export { graphJsonChunks, toGraphJson } from "./graph/serialize.ts";
export { toGexf, writeGexf, gexfChunks, DEFAULT_GEXF_OPTIONS, type GexfOptions } from "./gexf/index.ts";
export { nameKey, nameParts, type Normalizer } from "./text/normalize.ts";
export { foldTraditional } from "./text/trad-simp.ts";
export { editDistance } from "./text/distance.ts";
export { intervalOf, formatInterval, overlaps, type DayInterval } from "./time/days.ts";
export * from "./query/index.ts";

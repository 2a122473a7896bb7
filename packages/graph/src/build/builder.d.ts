import type { Extraction } from "@parley/extract/model";
import type { Timeline } from "../model.ts";
import { type ResolveOptions } from "../resolve/resolver.ts";
/** Options of the timeline builder. */
export interface TimelineOptions extends ResolveOptions {
    /** Extra place containment (place id → ids of its containers), for extractors that pass none. */
    within: Record<string, string[]>;
    /** Place ids that stand for a whole country → country code (see `placeFacts`). */
    countries: Record<string, string>;
}
/** Default timeline options. */
export declare const DEFAULT_TIMELINE_OPTIONS: TimelineOptions;
/** Collects extractions one by one (`add`) and resolves and merges them on `timeline()`. */
export declare class TimelineBuilder {
    private readonly opts;
    private readonly resolver;
    private readonly documents;
    private readonly dates;
    private readonly events;
    private readonly skipped;
    constructor(options?: Partial<TimelineOptions>);
    /** Adds one document's extraction; its paragraphs are not kept. */
    add(x: Extraction): this;
    /** Records a file that could not be read. */
    skip(path: string, reason: string): this;
    /** Resolves entities, merges events and returns the timeline (events in chronological order). */
    timeline(): Timeline;
}
/**
 * Builds a timeline from extractions (an array, an iterable or an async iterable, e.g. a stream).
 * @example const timeline = await toTimeline(readExtractions("seeds"));
 */
export declare function toTimeline(extractions: Iterable<Extraction> | AsyncIterable<Extraction>, options?: Partial<TimelineOptions>): Promise<Timeline>;

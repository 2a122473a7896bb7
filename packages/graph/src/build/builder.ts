// Builds the timeline from a stream of per-document extractions. Keeps entities, mentions and event
// quotes (the graph itself), never the paragraphs.
import type { EventMention, Extraction } from "@parley/extract/model";
import type { EventSource, Timeline, TimelineDocument } from "../model.ts";
import { DEFAULT_RESOLVE_OPTIONS, EntityResolver, type ResolvableEntity, type ResolveOptions } from "../resolve/resolver.ts";
import { EventMerger } from "../merge/merger.ts";
import { PlaceRelations } from "../merge/places.ts";
import { toEvent } from "../merge/finish.ts";
import { anchorVisits } from "../merge/visits.ts";
import { joinTrips } from "../merge/trips.ts";
import { placeMeetings } from "../merge/venues.ts";
import { placeInCities } from "../merge/cities.ts";
import { lendVisits } from "../merge/story.ts";
import { placeVisits } from "../merge/destination.ts";
import { joinPlacedVisits } from "../merge/placed.ts";
import { joinPlans } from "../merge/plans.ts";
import { foldDialogues } from "../merge/dialogue.ts";
import { joinSlips } from "../merge/slips.ts";
import { joinStalePlans } from "../merge/stale.ts";
import { joinFulfilledPlans } from "../merge/fulfilled.ts";
import { joinCalledOff } from "../merge/called-off.ts";
import { splitLists } from "../merge/lists.ts";
import { dateFromDocuments } from "../merge/undated.ts";
import { rejoinLent } from "../merge/rejoin.ts";
import { joinRegionTours } from "../merge/regions.ts";
import { swallowedPlaces } from "./overlaps.ts";
import { plausibleEnd } from "./spans.ts";
import { narrowestSite, sitesNamed } from "./region-site.ts";
import { DEFAULT_CONFIDENCE_MODEL, rateEvents, type ConfidenceModel } from "../confidence/model.ts";

/** Options of the timeline builder. */
export interface TimelineOptions extends ResolveOptions {
  /** Extra place containment (place id → ids of its containers), for extractors that pass none. */
  within: Record<string, string[]>;
  /** Place ids that stand for a whole country → country code (see `placeFacts`). */
  countries: Record<string, string>;
  /** Place id → lexicon kind (venue, city …; see `placeFacts`): two venues of one city can hold one day's meeting. */
  kinds: Record<string, string>;
  /** Rates every event (see confidence/model.ts). */
  confidenceModel: ConfidenceModel;
  /** Events rated under this go to `doubtful` instead of `events`: 0 (the default) keeps all; `parley build` takes the model's threshold. */
  minConfidence: number;
}

/** Default timeline options. */
export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  ...DEFAULT_RESOLVE_OPTIONS,
  within: {},
  countries: {},
  kinds: {},
  confidenceModel: DEFAULT_CONFIDENCE_MODEL,
  minConfidence: 0,
};


interface PendingEvent {
  mention: Omit<EventMention, "document">;
  document: string;
  /** Places its sentence names when its own is a region of several countries (see region-site.ts). */
  sites?: string[];
}

/** Collects extractions one by one (`add`) and resolves and merges them on `timeline()`. */
export class TimelineBuilder {
  private readonly opts: TimelineOptions;
  private readonly resolver: EntityResolver;
  private readonly documents: TimelineDocument[] = [];
  private readonly dates = new Map<string, string | null>();
  private readonly titles = new Map<string, string>();
  private readonly events: PendingEvent[] = [];
  private readonly skipped: { path: string; reason: string }[] = [];

  constructor(options: Partial<TimelineOptions> = {}) {
    this.opts = { ...DEFAULT_TIMELINE_OPTIONS, ...options };
    this.resolver = new EntityResolver({ normalize: this.opts.normalize, romanize: this.opts.romanize });
  }

  /** Adds one document's extraction; its paragraphs are not kept. */
  add(x: Extraction): this {
    const d = x.document;
    this.documents.push({
      id: d.id,
      path: d.path,
      title: d.title,
      url: d.url,
      outlet: d.outlet,
      author: d.author,
      published: d.published,
      dateline: d.dateline,
    });
    this.dates.set(d.id, (d.published ?? d.dateline?.date ?? null)?.slice(0, 10) ?? null);
    if (d.title) this.titles.set(d.id, d.title.trim());
    const within = this.opts.within;
    const entities: ResolvableEntity[] = x.entities.map((e) => {
      const extra = within[e.id];
      return extra && !(e as ResolvableEntity).within ? { ...e, within: extra } : e;
    });
    this.resolver.add(d.id, entities);
    const longer = swallowedPlaces(x.entities);
    for (const { document, ...mention } of x.events) {
      const place = mention.place === null ? undefined : longer.get(mention.place);
      const sites = sitesNamed(mention, x.entities, this.opts.kinds);
      this.events.push({ mention: place ? { ...mention, place } : mention, document: document || d.id, ...(sites.length ? { sites } : {}) });
    }
    return this;
  }

  /** Records a file that could not be read. */
  skip(path: string, reason: string): this {
    this.skipped.push({ path, reason });
    return this;
  }

  /** Resolves entities, merges events and returns the timeline (events in chronological order). */
  timeline(): Timeline {
    const entities = this.resolver.entities();
    const places = new PlaceRelations(entities, this.opts.countries, this.opts.within, this.opts.kinds);
    const people = new Map(entities.map((e) => [e.id, e.country]));
    const countryOf = (id: string) => people.get(id) ?? null;
    const merger = new EventMerger(places, countryOf);
    for (const { mention: m, document, sites } of this.events) {
      const ids = (id: string) => this.resolver.idOf(document, id) ?? id;
      const site = sites ? narrowestSite(sites.map(ids), places) : null;
      const to = plausibleEnd(m);
      const source: EventSource = {
        document,
        quote: m.quote,
        paragraph: m.paragraph,
        start: m.start,
        end: m.end,
        from: m.from,
        to,
        status: m.status,
        trigger: m.trigger,
        rule: m.rule,
        documentDate: this.dates.get(document) ?? null,
      };
      if (m.reportedBy) source.reportedBy = m.reportedBy;
      merger.add({
        type: m.type,
        participants: [...new Set(m.participants.map(ids))],
        place: site ?? (m.place === null ? null : ids(m.place)),
        precision: m.precision,
        status: m.status,
        source,
        ...(to !== m.to ? { since: true } : {}),
        ...(this.titles.get(document) === m.quote.trim() ? { headline: true } : {}),
      });
    }
    const folded = foldDialogues(merger.clusters().map((c) => toEvent(c, places)));
    const merged = joinPlacedVisits(folded, placeVisits(folded, places, countryOf), places);
    anchorVisits(merged, places);
    const joined = joinCalledOff(joinFulfilledPlans(joinStalePlans(joinSlips(joinPlans(joinTrips(merged, places), places), places), places), places), places);
    lendVisits(joined, places, countryOf);
    placeMeetings(joined, places);
    // Events dated only now (by their articles or their visit) meet the text-dated ones once more.
    const events = joinRegionTours(rejoinLent(dateFromDocuments(splitLists(joined, countryOf)), places, countryOf), places);
    placeInCities(events, places);
    events.sort((a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999") || a.id.localeCompare(b.id));
    const seen = new Map<string, number>();
    for (const e of events) {
      const n = (seen.get(e.id) ?? 0) + 1;
      seen.set(e.id, n);
      if (n > 1) e.id = `${e.id}-${n}`;
    }
    rateEvents(events, entities, this.documents, this.opts.confidenceModel);
    const floor = this.opts.minConfidence;
    const kept = events.filter((e) => e.confidence >= floor);
    const doubtful = events.filter((e) => e.confidence < floor);
    return { version: 1, documents: this.documents, entities, events: kept, doubtful, skipped: this.skipped };
  }
}

/**
 * Builds a timeline from extractions (an array, an iterable or an async iterable, e.g. a stream).
 * @example const timeline = await toTimeline(readExtractions("seeds"));
 */
export async function toTimeline(
  extractions: Iterable<Extraction> | AsyncIterable<Extraction>,
  options: Partial<TimelineOptions> = {},
): Promise<Timeline> {
  const builder = new TimelineBuilder(options);
  for await (const x of extractions) builder.add(x);
  return builder.timeline();
}

// The confidence model: a logistic regression over `eventFeatures`, trained offline on the annotated
// sets (bench/train-confidence.ts writes weights.ts). An event's confidence is the model's estimate
// that a careful reader's annotation holds it as Parley states it: the right people, kind and dates.
import type { Entity, TimelineDocument, TimelineEvent } from "../model.ts";
import { eventFeatures, featureContext, type Features } from "./features.ts";
import { CONFIDENCE_MODEL } from "./weights.ts";

/** Weights by feature name, and the confidence under which an event is held back as doubtful. */
export interface ConfidenceModel {
  weights: Readonly<Record<string, number>>;
  /** Events scoring under this are moved from `events` to `doubtful` by default. */
  threshold: number;
  /** What it was trained on, for the record. */
  trainedOn: string;
}

/** The model Parley ships (see weights.ts). */
export const DEFAULT_CONFIDENCE_MODEL: ConfidenceModel = CONFIDENCE_MODEL;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The model's probability for one event's features.
 * @example rate(new Map([["bias", 1]]), { weights: { bias: 0 }, threshold: 0.5, trainedOn: "" }) // 0.5
 */
export function rate(features: Features, model: ConfidenceModel = DEFAULT_CONFIDENCE_MODEL): number {
  let z = 0;
  for (const [name, value] of features) z += (model.weights[name] ?? 0) * value;
  return sigmoid(z);
}

/**
 * Sets every event's `confidence` (rounded to 0.01) from the model; returns the events in order.
 * @example rateEvents(timeline.events, timeline.entities, timeline.documents)
 */
export function rateEvents<E extends TimelineEvent>(
  events: E[],
  entities: readonly Entity[],
  documents: readonly TimelineDocument[],
  model: ConfidenceModel = DEFAULT_CONFIDENCE_MODEL,
): E[] {
  const ctx = featureContext(events, entities, documents);
  const scores = events.map((e) => rate(eventFeatures(e, ctx), model));
  events.forEach((e, i) => {
    e.confidence = Math.round(scores[i]! * 100) / 100;
  });
  return events;
}

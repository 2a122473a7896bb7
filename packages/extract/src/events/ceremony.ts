// Ceremonies the text places and dates (宣誓就职): attending one is a visit to where it is held.
import { lexiconPlace } from "./place-lexicon.ts";
import type { Destination } from "./place.ts";
import type { SentenceContext } from "./sentence.ts";
import { lastTime } from "./time-groups.ts";
import type { TriggerHit } from "./triggers.ts";
import type { SentenceView } from "./view.ts";

/** A sentence that may place an inauguration (read even without a trigger word). */
export const CEREMONY_SENTENCE = /就職|就职|就任|宣誓/;
/** 出席就职典礼, 出席…的就职仪式: the attended thing is that ceremony. */
const CEREMONY_AFTER = /^[^，。；]{0,20}?(?:就职|就職|就任|宣誓)(?:典礼|典禮|仪式|儀式|大典)/;

/** Records where and when the sentence says an inauguration takes place (…在华盛顿宣誓就职). */
export function noteCeremony(view: SentenceView, ctx: SentenceContext): void {
  const at = view.text.search(CEREMONY_SENTENCE);
  if (at < 0) return;
  const place = lexiconPlace(view, ctx.lexicon, 0, at) ?? view.places.find((p) => p.end <= at && /[在于]$/.test(view.text.slice(0, p.start)))?.id;
  if (place) ctx.referents.ceremony = { place, time: lastTime(view, ctx.dateline) };
}

/** 韩正将出席就职典礼: the ceremony's place when the attend verb names no place of its own. */
export function ceremonyDestination(view: SentenceView, hit: TriggerHit, ctx: SentenceContext): Destination | undefined {
  const c = ctx.referents.ceremony;
  if (!c || !hit.rule.heldIn || !CEREMONY_AFTER.test(view.text.slice(hit.end, hit.clause.end))) return undefined;
  return { id: c.place, country: null, how: "ceremony" };
}

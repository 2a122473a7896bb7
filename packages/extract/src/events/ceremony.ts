// Ceremonies the text places and dates (宣誓就职): attending one is a visit to where it is held.
import { lexiconPlace } from "./place-lexicon.ts";
import { countryId } from "./place-country.ts";
import type { Destination } from "./place.ts";
import type { SentenceContext } from "./sentence.ts";
import { lastTime, timeGroups, union } from "./time-groups.ts";
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
  const written = lexiconPlace(view, ctx.lexicon, 0, at) ?? view.places.find((p) => p.end <= at && /[在于]$/.test(view.text.slice(0, p.start)))?.id;
  // 特朗普在2025年1月20日宣誓就职: a head of state sworn in at home, on the date written.
  if (!written && ctx.referents.ceremony) return;
  const before = timeGroups(view, 0, at).at(-1);
  const time = written ? lastTime(view, ctx.dateline) : before && union(view, before, "date:ceremony", ctx.dateline);
  const sworn = written || !time ? undefined : view.persons.filter((p) => p.end <= at && at - p.end <= 16).at(-1);
  const place = written ?? countryId(ctx.lexicon, sworn?.entity?.country ?? null);
  if (place) ctx.referents.ceremony = { place, time };
}

/**
 * 韩正将出席就职典礼: the ceremony's place when the attend verb names no place of its own; else, for
 * 出席特朗普的就职典礼, the country of the person sworn in (a head of state takes office at home).
 */
export function ceremonyDestination(view: SentenceView, hit: TriggerHit, ctx: SentenceContext): Destination | undefined {
  const c = ctx.referents.ceremony;
  const m = hit.rule.heldIn ? CEREMONY_AFTER.exec(view.text.slice(hit.end, hit.clause.end)) : null;
  if (!m) return undefined;
  if (c) return { id: c.place, country: null, how: "ceremony" };
  const sworn = view.persons.find((p) => p.start >= hit.end && p.end <= hit.end + m[0].length);
  const code = sworn?.entity?.country;
  const id = countryId(ctx.lexicon, code ?? null);
  return id && code ? { id, country: code, how: "ceremony" } : undefined;
}

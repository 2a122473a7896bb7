// Shared by the merging-rule tests: real people and lexicon places, one document per call, and the
// timeline of a few such documents (containment from the extractor's built-in lexicon).
import { toTimeline } from "../build/builder.ts";
import { extraction, KNOWN, type EntitySpec, type EventSpec } from "../fixtures/index.ts";
import type { TimelineEvent } from "../model.ts";
import { lexiconPlaceFacts } from "../node/lexicon.ts";

/** Entity ids of the people the rule tests use. */
export const XI = "person:xi-jinping";
export const BIDEN = "person:joe-biden";
export const BLINKEN = "person:antony-blinken";
export const TRUMP = "person:donald-trump";
export const SULLIVAN = { id: "person:jake-sullivan", name: "沙利文", nameEn: "Jake Sullivan", country: "US" };

const facts = lexiconPlaceFacts();
const place = (id: string, name: string, country: string): EntitySpec => ({ id, name, country, ...(facts.within[id] ? { within: facts.within[id] } : {}) });
const PLACES = [
  place("place:beijing", "北京", "CN"),
  place("place:great-hall-of-the-people", "人民大会堂", "CN"),
  place("place:san-francisco", "旧金山", "US"),
  place("place:filoli", "菲洛里庄园", "US"),
  place("place:moscow", "莫斯科", "RU"),
  place("place:russia", "俄罗斯", "RU"),
  place("place:lima", "利马", "PE"),
  place("place:peru", "秘鲁", "PE"),
  place("place:busan", "釜山", "KR"),
  place("place:gyeongju", "庆州", "KR"),
  place("place:south-korea", "韩国", "KR"),
];
const PEOPLE = [KNOWN.xi, KNOWN.biden, KNOWN.blinken, SULLIVAN, { id: TRUMP, name: "特朗普", country: "US" }];

/** One published document that knows every test person and place. */
export function doc(id: string, published: string, events: EventSpec[]) {
  return extraction({ id, published, entities: [...PEOPLE, ...PLACES], events });
}

/** The merged events of some documents. */
export async function timeline(...docs: ReturnType<typeof doc>[]): Promise<TimelineEvent[]> {
  return (await toTimeline(docs, { ...facts })).events;
}

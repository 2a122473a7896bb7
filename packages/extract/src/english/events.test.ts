// Table tests of English events: triggers, participants, place, date and status, one row per sentence.
import { describe, expect, it } from "vitest";
import { CASES, NONE } from "./events.cases.ts";
import { extractEventsEn } from "./events.ts";
import { recognizeEntitiesEn } from "./recognize.ts";
import { builtinLexicon, englishDoc } from "./testing.ts";
import { findTimesEn } from "./times.ts";

const P = (ids: string[]): string[] => ids.map((i) => `person:${i}`).sort();

function eventsOf(sentence: string, published: string) {
  const { doc, sentences } = englishDoc([sentence], published);
  const entities = recognizeEntitiesEn(doc, sentences, builtinLexicon());
  const { times } = findTimesEn(doc, sentences);
  return extractEventsEn(doc, sentences, entities, times);
}

describe("english/events", () => {
  it.each(CASES)("should read %j (published %s) as a %s that %s", (sentence, published, type, status, people, place, from) => {
    const events = eventsOf(sentence, published);
    const e = events.find((x) => x.type === type);
    expect(e, JSON.stringify(events)).toBeDefined();
    expect({ status: e!.status, people: [...e!.participants].sort(), place: e!.place, from: e!.from }).toEqual({
      status,
      people: P(people),
      place: place === null ? null : `place:${place}`,
      from,
    });
    expect(e!.rule).toMatch(/^en-/);
    expect(e!.quote).toBe(sentence);
  });

  it.each(NONE.map((s) => [s]))("should find no event in %j", (sentence) => {
    expect(eventsOf(sentence, "2023-10-26")).toEqual([]);
  });

  it("should give each trigger of one sentence its own event and date", () => {
    const events = eventsOf("Wang Yi, who met Blinken on Thursday, will meet Biden on Friday.", "2023-10-26");
    expect(events.map((e) => [e.participants.slice().sort().join(" "), e.from, e.status])).toEqual([
      ["person:antony-blinken person:wang-yi", "2023-10-26", "happened"],
      ["person:joe-biden person:wang-yi", "2023-10-27", "planned"],
    ]);
  });

  it("should read a pronoun or a bare title as the person named before, and date by the sentence before", () => {
    const { doc, sentences } = englishDoc(["Wang Yi arrived in Washington on Thursday. He met Blinken that evening and met Jake Sullivan on Friday.", "On Friday, the Chinese diplomat met President Biden at the White House."], "2023-10-28");
    const entities = recognizeEntitiesEn(doc, sentences, builtinLexicon());
    const events = extractEventsEn(doc, sentences, entities, findTimesEn(doc, sentences).times);
    expect(events.map((e) => [e.type, e.participants.slice().sort().join(" "), e.from])).toEqual([
      ["visit", "person:wang-yi", "2023-10-26"],
      ["meeting", "person:antony-blinken person:wang-yi", "2023-10-26"],
      ["meeting", "person:jake-sullivan person:wang-yi", "2023-10-27"],
      ["meeting", "person:joe-biden person:wang-yi", "2023-10-27"],
    ]);
  });

  it("should read 'the two leaders' as the people of the last meeting reported", () => {
    const { doc, sentences } = englishDoc(["President Joe Biden met Xi Jinping near San Francisco on Wednesday.", "The two leaders last met in November 2022 in Bali."], "2023-11-16");
    const entities = recognizeEntitiesEn(doc, sentences, builtinLexicon());
    const events = extractEventsEn(doc, sentences, entities, findTimesEn(doc, sentences).times);
    expect(events.map((e) => [e.participants.slice().sort().join(" "), e.place, e.from])).toEqual([
      ["person:joe-biden person:xi-jinping", "place:san-francisco", "2023-11-15"],
      ["person:joe-biden person:xi-jinping", "place:bali", "2022-11-01"],
    ]);
  });

  it("should leave the speaker out and take the new clause's subject", () => {
    const events = eventsOf("President Joe Biden met Wang Yi on Friday, a day after Wang held talks with Blinken.", "2023-10-28");
    expect(events.map((e) => e.participants.slice().sort().join(" "))).toEqual(["person:joe-biden person:wang-yi", "person:antony-blinken person:wang-yi"]);
  });
});

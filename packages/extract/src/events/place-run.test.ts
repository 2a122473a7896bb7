// Table test of place runs (俄罗斯远东 → 俄罗斯) and of lexicon places read where the segmenter split a name (转往日本东京).
import { describe, expect, it } from "vitest";
import type { DocEntity } from "../model.ts";
import { lexiconPlaceAt } from "./place-lexicon.ts";
import { runEnd } from "./place.ts";
import { testLexicon } from "./testing.ts";
import type { EntityItem, SentenceView } from "./view.ts";

/** A view of a sentence whose places are the given names, each with its country. */
function viewOf(text: string, places: [string, string][]): SentenceView {
  const items: EntityItem[] = [];
  for (const [name, country] of places) {
    const start = text.indexOf(name, items.at(-1)?.end ?? 0);
    const entity = { id: name, type: "place", name, country } as DocEntity;
    items.push({ id: name, type: "place", entity, start, end: start + name.length });
  }
  return { sentence: { paragraph: 0, start: 0, end: text.length, text, simplified: text }, text, cue: text, persons: [], places: items, orgs: [], times: [], clauses: [{ start: 0, end: text.length }] };
}

/** Each row: sentence, its places with countries, the run's end as read from the first place. */
const RUNS: [string, [string, string][], string][] = [
  ["金正恩乘专列前往俄罗斯远东。", [["俄罗斯", "RU"], ["远东", "ZZ"]], "俄罗斯"],
  ["金正恩乘專列前往俄羅斯遠東。", [["俄羅斯", "RU"], ["遠東", "ZZ"]], "俄羅斯"],
  ["普京访问俄罗斯远东地区。", [["俄罗斯", "RU"], ["远东地区", "ZZ"]], "俄罗斯"],
  ["布林肯抵达美国纽约。", [["美国", "US"], ["纽约", "US"]], "纽约"],
  ["布林肯抵達美國紐約。", [["美國", "US"], ["紐約", "US"]], "紐約"],
  ["拜登前往印尼巴厘岛。", [["印尼", "ID"], ["巴厘岛", "ID"]], "巴厘岛"],
  ["王毅将访问中东欧洲。", [["中东", "ZZ"], ["欧洲", "ZZ"]], "欧洲"],
];

/** Each row: sentence (simplified, as the rules read it), where to read, the lexicon place found there (most specific of the run), or none. */
const SPLIT: [string, string, string | undefined][] = [
  ["特朗普将于27日转往日本东京。", "日本", "place:tokyo"],
  ["特朗普随后转往韩国首尔。", "韩国", "place:seoul"],
  ["习近平随后转往法国巴黎。", "法国", "place:paris"],
  ["习近平随后转往俄罗斯。", "俄罗斯", "place:russia"],
  ["习近平随后转往吐瓦鲁。", "吐瓦鲁", undefined],
];

describe("events place runs", () => {
  for (const [text, places, want] of RUNS) {
    it(`should end the run of ${text} at ${want}`, () => {
      const view = viewOf(text, places);
      expect(view.text.slice(runEnd(view, view.places[0]!).start, runEnd(view, view.places[0]!).end)).toBe(want);
    });
  }
  for (const [text, at, want] of SPLIT) {
    it(`should read the lexicon place at ${at} in ${text}`, () => {
      const view = viewOf(text, []);
      expect(lexiconPlaceAt(view, testLexicon(), text.indexOf(at))?.id).toBe(want);
    });
  }
});

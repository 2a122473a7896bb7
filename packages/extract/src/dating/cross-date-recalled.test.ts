// Tests of crossDate on undated articles whose recalled contacts other articles date: the text's past months must stay past.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { crossDate } from "./cross-date.ts";
import { DatedEvents } from "./dated-events.ts";

const lexicon = loadLexicon();

/** A document from paragraphs in either script. */
function doc(id: string, paragraphs: string[], published: string | null) {
  return makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), published, { id, path: `${id}.txt` });
}

/** Dates the undated article against the dated ones: its dateline, or null when the text's own dating stands. */
function dateAgainst(dated: { paragraphs: string[]; published: string }[], undated: string[]): { dateline: string | null; days: string[] } {
  const index = new DatedEvents();
  dated.forEach((d, i) => index.add(extractDocument(doc(`dated${i}`, d.paragraphs, d.published), { lexicon })));
  const u = doc("undated", undated, null);
  const { extraction, basis } = crossDate(extractDocument(u, { lexicon }), index, (dateline) => extractDocument(u, { lexicon, dateline }), { ceiling: 2021 });
  return { dateline: basis ? (extraction.document.dateline?.date ?? null) : null, days: extraction.events.map((e) => `${e.from ?? "?"}..${e.to ?? "?"}`) };
}

const WASHINGTON = [{ published: "2017-02-11", paragraphs: ["日本首相安倍晋三2月10日在白宫与美国总统特朗普举行会谈。", "安倍晋三2月10日抵达华盛顿，对美国进行访问。"] }];

describe("crossDate recalled", () => {
  it.each([
    { name: "recalled February only", undated: ["特朗普昨日抵达东京，开始访问日本。", "安倍晋三2月访问美国，与特朗普在白宫举行会谈。"], february: true },
    { name: "recalled February only (traditional)", undated: ["特朗普昨日抵達東京，開始訪問日本。", "安倍晉三2月訪問美國，與特朗普在白宮舉行會談。"], february: true },
    { name: "and a July the text calls past", undated: ["特朗普昨日抵达东京，开始访问日本。", "安倍晋三2月访问美国，与特朗普在白宫举行会谈；7月在汉堡二十国集团峰会期间，两人亦有会谈。"], february: false },
    { name: "and a July (traditional)", undated: ["特朗普昨日抵達東京，開始訪問日本。", "安倍晉三2月訪問美國，與特朗普在白宮舉行會談；7月在漢堡二十國集團峰會期間，兩人亦有會談。"], february: false },
    { name: "and an April the text calls past", undated: ["特朗普昨日抵达东京。", "安倍晋三2月访问美国，与特朗普在白宫举行会谈。", "习近平今年4月曾赴海湖庄园与特朗普会晤。"], february: false },
    { name: "and a written later year", undated: ["特朗普昨日抵达东京。", "安倍晋三2月访问美国，与特朗普在白宫举行会谈。", "2018年9月，两人曾在纽约再度会晤。"], february: false },
  ])("should not take the recalled contact's day as the dateline when the text says later months are past: $name", ({ undated, february }) => {
    const { dateline } = dateAgainst(WASHINGTON, undated);
    expect(dateline !== null && dateline.startsWith("2017-02")).toBe(february);
  });
});

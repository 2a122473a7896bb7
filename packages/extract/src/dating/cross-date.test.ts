// Tests of crossDate: small corpora of dated articles and one undated article, in both scripts.
import { describe, expect, it } from "vitest";
import { toSimplified } from "../ingest/index.ts";
import { loadLexicon } from "../lexicon/index.ts";
import type { Extraction } from "../model.ts";
import { extractDocument } from "../pipeline.ts";
import { makeDocument } from "../time/fixtures.ts";
import { crossDate } from "./cross-date.ts";
import { DatedEvents } from "./dated-events.ts";

const lexicon = loadLexicon();

/** A document from paragraphs in either script (the simplified twin made the way ingest makes it). */
function doc(id: string, paragraphs: string[], published: string | null) {
  return makeDocument(paragraphs.map((p) => [p, toSimplified(p)] as [string, string]), published, { id, path: `${id}.txt` });
}

/** Dates the undated article against the dated ones; returns its dateline and its events' first days. */
function dateAgainst(dated: { paragraphs: string[]; published: string }[], undated: string[]): { dateline: string | null; moved: boolean; days: string[]; extraction: Extraction } {
  const index = new DatedEvents();
  dated.forEach((d, i) => index.add(extractDocument(doc(`dated${i}`, d.paragraphs, d.published), { lexicon })));
  const u = doc("undated", undated, null);
  const base = extractDocument(u, { lexicon });
  const { extraction, basis } = crossDate(base, index, (dateline) => extractDocument(u, { lexicon, dateline }));
  return { dateline: extraction.document.dateline?.date ?? null, moved: basis !== null, days: extraction.events.map((e) => e.from ?? "?"), extraction };
}

const KAZAN = [{ published: "2024-10-24", paragraphs: ["中国国家主席习近平10月23日在喀山会见印度总理莫迪。", "10月22日，习近平在喀山同俄罗斯总统普京举行会谈。"] }];
const KAZAN_TW = [{ published: "2024-10-24", paragraphs: ["中國國家主席習近平10月23日在喀山會見印度總理莫迪。", "10月22日，習近平在喀山同俄羅斯總統普丁舉行會談。"] }];
const TOUR = [{ published: "2025-04-16", paragraphs: ["习近平4月14日在河内会见越共中央总书记苏林。", "4月15日，习近平在布城同马来西亚总理安华举行会谈。"] }];
const TOUR_TW = [{ published: "2025-04-16", paragraphs: ["習近平4月14日在河內會見越共中央總書記蘇林。", "4月15日，習近平在布城同馬來西亞首相安華舉行會談。"] }];
const STATE_VISIT = [{ published: "2017-11-10", paragraphs: ["习近平11月9日在人民大会堂同美国总统特朗普举行会谈。", "国务院总理李克强11月9日下午会见特朗普。"] }];

describe("crossDate", () => {
  it.each([
    {
      name: "a year the text writes is moved to where other articles date the same meetings",
      dated: KAZAN,
      undated: ["2022年，两国关系持续紧张。", "习近平10月23日在喀山会见莫迪。", "10月22日，习近平同普京举行会谈。"],
      year: "2024",
    },
    {
      name: "the same in traditional script",
      dated: KAZAN_TW,
      undated: ["2022年，兩國關係持續緊張。", "習近平10月23日在喀山會見莫迪。", "10月22日，習近平同普丁舉行會談。"],
      year: "2024",
    },
    {
      name: "month-days under a background year take the dated year",
      dated: TOUR,
      undated: ["2016年，习近平曾访问越南。", "本周，习近平4月14日在河内会见苏林，15日在布城同安华会谈。"],
      year: "2025",
    },
    {
      name: "the same tour in traditional script",
      dated: TOUR_TW,
      undated: ["2016年，習近平曾訪問越南。", "本週，習近平4月14日在河內會見蘇林，15日在布城同安華會談。"],
      year: "2025",
    },
  ])("should date: $name", ({ dated, undated, year }) => {
    const r = dateAgainst(dated, undated);
    expect(r.moved).toBe(true);
    expect(r.dateline?.slice(0, 4)).toBe(year);
  });

  it("should give a text with no month at all the dated month, and its own day (昨天（9日）)", () => {
    const r = dateAgainst(STATE_VISIT, ["习近平昨天（9日）在人民大会堂同特朗普举行会谈。", "国务院总理李克强昨天下午也会见了特朗普。"]);
    expect(r.dateline).toBe("2017-11-10");
    expect(r.days).toContain("2017-11-09");
  });

  it.each([
    { name: "events that no dated article reports", undated: ["2022年5月3日，习近平在北京会见来访的老挝国家主席。"] },
    { name: "a single agreeing event", undated: ["2021年，两国关系持续紧张。", "习近平10月23日在喀山会见莫迪。"] },
    { name: "a candidate older than a year the text writes", undated: ["2026年1月，双方再度会谈。", "习近平10月23日会见莫迪，10月22日同普京会谈。"] },
  ])("should keep the text's own dating for $name", ({ undated }) => {
    const index = KAZAN;
    const r = dateAgainst(index, undated);
    expect(r.moved).toBe(false);
  });

  it("should leave a dated article alone", () => {
    const index = new DatedEvents();
    const d = doc("d", ["习近平10月23日在喀山会见印度总理莫迪。"], "2019-10-24");
    const base = extractDocument(d, { lexicon });
    expect(crossDate(base, index, () => base).basis).toBeNull();
  });
});

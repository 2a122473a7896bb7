// Test helper: builds a one-sentence document with hand-made mentions and times, runs extractEvents, summarizes.
import * as OpenCC from "opencc-js";
import type { DocEntity, Document, EntityType, EventMention, Mention, Precision, Sentence, TimeExpr } from "../model.ts";
import { createLexicon } from "../lexicon/index.ts";
import type { Lexicon } from "../lexicon/index.ts";
import { extractEvents } from "./extract.ts";

import type { Entry } from "./testing-lexicon.ts";
import { TEST_LEXICON_DATA } from "./testing-lexicon.ts";

export { TEST_LEXICON_DATA } from "./testing-lexicon.ts";

let lexicon: Lexicon | undefined;
/** The test lexicon, built once. */
export function testLexicon(): Lexicon {
  lexicon ??= createLexicon([{ file: "events-test", data: TEST_LEXICON_DATA }]);
  return lexicon;
}

const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
const toSimplifiedTw = OpenCC.Converter({ from: "tw", to: "cn" });

/** Simplified text of exactly the same length (character by character where phrases change length). */
export function simplify(text: string): string {
  const whole = toSimplifiedTw(toSimplified(text));
  if (whole.length === text.length) return whole;
  return [...text].map((ch) => { const s = toSimplified(ch); return s.length === ch.length ? s : ch; }).join("");
}

/** A time the test places in the sentence: surface → [from, to, precision]. */
export type TimeSpec = Record<string, [string, string, Precision]>;

/** One day: day("26日", "2023-10-26"). */
export const day = (surface: string, date: string): TimeSpec => ({ [surface]: [date, date, "day"] });
/** A range of days: days("9月16日至17日", "2023-09-16", "2023-09-17"). */
export const days = (surface: string, from: string, to: string): TimeSpec => ({ [surface]: [from, to, "day"] });
/** A month: month("7月", "2023-07"). */
export const month = (surface: string, ym: string): TimeSpec => {
  const last = new Date(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7), 0)).getUTCDate();
  return { [surface]: [`${ym}-01`, `${ym}-${last}`, "month"] };
};
/** Several times of one sentence. */
export const times = (...specs: TimeSpec[]): TimeSpec => Object.assign({}, ...specs);

/** A test row: sentence, its times, the events as "type A+B @place from status", the document date. */
export type Row = [string, TimeSpec, string[], string?];

/** Runs a row's sentence and shows its events the way rows state them. */
export function showEvents(sentence: string, spec: TimeSpec, published?: string): string[] {
  return runSentence(sentence, spec, published).map((ev) => {
    const e = summarize(ev);
    return `${e.type} ${e.participants.join("+")} @${e.place ?? "-"} ${e.from ?? "?"} ${e.status}`;
  });
}

/** What a test row expects of one event. */
export interface EventSummary {
  type: string;
  participants: string[];
  place: string | null;
  from: string | null;
  status: string;
}

/** Runs extractEvents on a paragraph of one or more sentences (split after 。！？). */
export function runSentence(text: string, spec: TimeSpec = {}, published = "2023-10-05"): EventMention[] {
  const lex = testLexicon();
  const simplified = simplify(text);
  const names: { name: string; entry: Entry; type: EntityType }[] = [];
  const add = (list: Entry[], type: EntityType) => {
    for (const e of list) for (const n of [e.zh, ...(e.aliases ?? [])]) names.push({ name: n, entry: e, type });
  };
  add(TEST_LEXICON_DATA.people, "person");
  add(TEST_LEXICON_DATA.places, "place");
  add(TEST_LEXICON_DATA.organizations, "organization");
  names.sort((a, b) => b.name.length - a.name.length);
  const taken = new Array<boolean>(text.length).fill(false);
  const mentions: Mention[] = [];
  const mark = (start: number, end: number, e: Entry, type: EntityType) => {
    for (let i = start; i < end; i++) taken[i] = true;
    mentions.push({ entity: e.id, type, surface: text.slice(start, end), document: "t", paragraph: 0, start, end, rule: "test" });
  };
  // 拜习会: two one-character abbreviations written together before 会/峰会.
  for (const m of simplified.matchAll(/([拜习川])([拜习川])(?=峰?会)/g)) {
    const a = TEST_LEXICON_DATA.people.find((p) => p.abbrev?.includes(m[1]!));
    const b = TEST_LEXICON_DATA.people.find((p) => p.abbrev?.includes(m[2]!));
    if (a && b && a !== b) {
      mark(m.index, m.index + 1, a, "person");
      mark(m.index + 1, m.index + 2, b, "person");
    }
  }
  for (const { name, entry, type } of names) {
    for (let at = simplified.indexOf(name); at >= 0; at = simplified.indexOf(name, at + 1)) {
      if (taken.slice(at, at + name.length).some(Boolean)) continue;
      mark(at, at + name.length, entry, type);
    }
  }
  const entities: DocEntity[] = [...new Set(mentions.map((m) => m.entity))].map((id) => {
    const e = lex.byId(id)!;
    return { id, type: e.type, name: e.zh, nameEn: e.en, aliases: [], country: e.country ?? null, roles: [], known: true, mentions: mentions.filter((m) => m.entity === id) };
  });
  const exprs: TimeExpr[] = [];
  for (const [surface, [from, to, precision]] of Object.entries(spec)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      exprs.push({ surface, paragraph: 0, start: at, end: at + surface.length, from, to, precision, range: from !== to && precision === "day", anchor: "published", rule: "test" });
    }
  }
  // Several sentences in one paragraph: split after 。！？.
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^。！？]+[。！？]?/g)) {
    sentences.push({ paragraph: 0, start: m.index, end: m.index + m[0].length, text: m[0], simplified: simplified.slice(m.index, m.index + m[0].length) });
  }
  const doc: Document = {
    id: "t", path: "t.txt", format: "text", encoding: "utf-8", title: null, url: null, outlet: null, author: null,
    published, dateline: null, lang: "zh", script: "simplified", paragraphs: [],
  };
  return extractEvents(doc, sentences, entities, exprs, { lexicon: lex, explain: process.env.PARLEY_EXPLAIN === "1" });
}

/** An event as a test row states it: names instead of ids. */
export function summarize(ev: EventMention): EventSummary {
  const lex = testLexicon();
  const name = (id: string) => lex.byId(id)?.zh ?? id;
  return { type: ev.type, participants: ev.participants.map(name), place: ev.place ? name(ev.place) : null, from: ev.from, status: ev.status };
}

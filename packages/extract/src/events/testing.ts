// Test helper: builds a one-sentence document with hand-made mentions and times, runs extractEvents, summarizes.
import * as OpenCC from "opencc-js";
import type { DocEntity, Document, EntityType, EventMention, Mention, Precision, Sentence, TimeExpr } from "../model.ts";
import { createLexicon } from "../lexicon/index.ts";
import type { Lexicon } from "../lexicon/index.ts";
import { extractEvents } from "./extract.ts";

type Entry = { id: string; zh: string; en: string; country: string; aliases?: string[]; kind?: string; in?: string; abbrev?: string[] };
const P = (id: string, zh: string, country: string, aliases: string[] = [], abbrev: string[] = []): Entry => ({ id: `person:${id}`, zh, en: id, country, aliases, abbrev });
const L = (id: string, zh: string, country: string, kind: string, aliases: string[] = [], inId?: string): Entry => ({
  id: `place:${id}`, zh, en: id, country, kind, aliases, ...(inId && { in: `place:${inId}` }),
});
const O = (id: string, zh: string, aliases: string[] = []): Entry => ({ id: `org:${id}`, zh, en: id, country: "US", aliases });

/** The small lexicon the event tests use (real public people and places). */
export const TEST_LEXICON_DATA = {
  people: [
    P("wang-yi", "王毅", "CN"), P("antony-blinken", "布林肯", "US", ["安东尼·布林肯"]), P("jake-sullivan", "沙利文", "US", ["苏利文", "杰克·沙利文"]),
    P("joe-biden", "拜登", "US", [], ["拜"]), P("xi-jinping", "习近平", "CN", [], ["习"]), P("janet-yellen", "耶伦", "US", ["叶伦"]),
    P("gina-raimondo", "雷蒙多", "US"), P("john-kerry", "克里", "US"), P("chuck-schumer", "舒默", "US"), P("he-lifeng", "何立峰", "CN"),
    P("sun-weidong", "孙卫东", "CN"), P("daniel-kritenbrink", "康达", "US"), P("xie-feng", "谢锋", "CN"), P("gavin-newsom", "纽森", "US"),
    P("han-zheng", "韩正", "CN"), P("vladimir-putin", "普京", "RU"), P("nancy-pelosi", "佩洛西", "US"), P("matthew-miller", "米勒", "US", ["马特·米勒"]),
    P("john-kirby", "柯比", "US"), P("li-qiang", "李强", "CN"), P("fumio-kishida", "岸田文雄", "JP"), P("emmanuel-macron", "马克龙", "FR"),
    P("lai-ching-te", "赖清德", "TW"), P("donald-trump", "特朗普", "US", ["川普"], ["川"]), P("qin-gang", "秦刚", "CN"), P("lloyd-austin", "奥斯汀", "US"),
    P("dong-jun", "董军", "CN"), P("olaf-scholz", "朔尔茨", "DE"), P("yoon-suk-yeol", "尹锡悦", "KR"),
  ],
  places: [
    L("china", "中国", "CN", "country", ["中华人民共和国"]), L("united-states", "美国", "US", "country"), L("washington", "华盛顿", "US", "city", ["华府"]),
    L("beijing", "北京", "CN", "city"), L("shanghai", "上海", "CN", "city"), L("san-francisco", "旧金山", "US", "city"), L("new-york", "纽约", "US", "city"),
    L("malta", "马耳他", "MT", "country"), L("bali", "巴厘岛", "ID", "region"), L("white-house", "白宫", "US", "venue", [], "washington"),
    L("great-hall", "人民大会堂", "CN", "venue", [], "beijing"), L("taiwan", "台湾", "TW", "region"), L("japan", "日本", "JP", "country"),
    L("tokyo", "东京", "JP", "city"), L("russia", "俄罗斯", "RU", "country"), L("moscow", "莫斯科", "RU", "city"), L("california", "加州", "US", "region"),
    L("france", "法国", "FR", "country"), L("paris", "巴黎", "FR", "city"), L("germany", "德国", "DE", "country"), L("singapore", "新加坡", "SG", "country"),
    L("south-korea", "韩国", "KR", "country"), L("seoul", "首尔", "KR", "city"), L("vienna", "维也纳", "AT", "city"),
  ],
  organizations: [
    O("reuters", "路透社"), O("ap", "美联社"), O("wsj", "华尔街日报"), O("state-department", "美国国务院"), O("un", "联合国"),
    O("amcham-shanghai", "上海美国商会"), O("mfa", "中国外交部"),
  ],
};

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

/** What a test row expects of one event. */
export interface EventSummary {
  type: string;
  participants: string[];
  place: string | null;
  from: string | null;
  status: string;
}

/** Runs extractEvents on one sentence (or several, split on a blank line as one paragraph each). */
export function runSentence(text: string, times: TimeSpec = {}, published = "2023-10-05"): EventMention[] {
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
  for (const [surface, [from, to, precision]] of Object.entries(times)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      exprs.push({ surface, paragraph: 0, start: at, end: at + surface.length, from, to, precision, range: from !== to && precision === "day", anchor: "published", rule: "test" });
    }
  }
  const sentences: Sentence[] = [{ paragraph: 0, start: 0, end: text.length, text, simplified }];
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

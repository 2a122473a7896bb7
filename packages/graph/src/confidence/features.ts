// What the confidence model sees of a merged event: a sparse map of named features built from the
// event's shape (kind, status, precision, people), from how its sources found it (rule parts,
// trigger, paragraph, cue words of the quote) and from its neighbours in the timeline (another
// event of the same people on another day, other events told by the same sentence). No names,
// places or dates enter: the model learns how Parley's rules err, not what happened.
import type { Entity, TimelineDocument, TimelineEvent } from "../model.ts";
import { intervalOf, overlaps, type DayInterval } from "../time/days.ts";

/** Sparse features: name → value (absent = 0). */
export type Features = Map<string, number>;

/** What the features of one event may look at besides the event. */
export interface FeatureContext {
  entities: ReadonlyMap<string, Entity>;
  documents: ReadonlyMap<string, TimelineDocument>;
  /** Events of the same kind and the same people (key: `sameKey`), this one included. */
  siblings: ReadonlyMap<string, TimelineEvent[]>;
  /** How many events each sentence reports (key: `sentenceKey`). */
  crowd: ReadonlyMap<string, number>;
  /** The documents each event's sources come from. */
  sourceDocuments: ReadonlyMap<TimelineEvent, ReadonlySet<string>>;
}

/** Cue words of a quote, as groups: a group fires when any of its words occurs. */
export const QUOTE_CUES: Record<string, RegExp> = {
  // 上次会面是在去年11月 / 此前曾于 / 自…以来
  recall: /曾|上次|上一次|此前|早前|先前|去年|前年|上月|上個月|上个月|以来|以來|当年|當年|时任|時任/,
  // 将于下周访华 / 预计 / 计划 / 拟 / 有望
  future: /将|將|预计|預計|计划|計劃|拟|擬|有望|准备|準備|即将|即將|下周|下週|下月|明年/,
  // 可能 / 或将
  possible: /可能|或将|或將|不排除|傳出|传出/,
  // 并未 / 没有 / 取消 / 推迟 / 缺席 / 否认
  negation: /未|没有|沒有|取消|推迟|推遲|缺席|拒绝|拒絕|否认|否認|婉拒/,
  // 据路透社报道 / 引述知情人士
  hearsay: /据|據|报道|報導|报导|引述|消息人士|知情|透露/,
  // 希望 / 期待 / 邀请 / 盼
  wish: /希望|期待|期望|邀请|邀請|盼/,
  // 电话 / 视频 / 通话
  remote: /电话|電話|视频|視頻|视讯|視訊|通话|通話|线上|線上/,
  // 26日 / 廿六日 / 26日至27日: the sentence writes its own day
  day: /\d{1,2}\s*日|[一二三四五六七八九十廿卅]{1,3}日(?!本|报|報)/,
  // 周四 / 星期四 / 週四
  weekday: /周[一二三四五六日末]|週[一二三四五六日末]|星期|礼拜|禮拜/,
  // 当天 / 次日 / 前一天 / 随后 (a day set by another sentence)
  relative: /当天|當天|当日|當日|次日|翌日|前一天|同日|同一天|随后|隨後|其后|其後/,
  // 出席 / 峰会 / 论坛 (a gathering rather than a pair's meeting)
  gathering: /出席|峰会|峰會|论坛|論壇|大会|大會|会议期间|會議期間|开幕|開幕/,
};

/** Kind and people, the key of `siblings`. */
export const sameKey = (e: TimelineEvent): string => `${e.type}|${[...e.participants].sort().join(",")}`;

/** Document, paragraph and sentence start, the key of `crowd`. */
export const sentenceKey = (document: string, paragraph: number, start: number): string => `${document}#${paragraph}@${start}`;

/** Indexes the timeline's events for `eventFeatures`. */
export function featureContext(events: readonly TimelineEvent[], entities: readonly Entity[], documents: readonly TimelineDocument[]): FeatureContext {
  const siblings = new Map<string, TimelineEvent[]>();
  const crowd = new Map<string, number>();
  const sourceDocuments = new Map<TimelineEvent, ReadonlySet<string>>();
  for (const e of events) {
    sourceDocuments.set(e, new Set(e.sources.map((s) => s.document)));
    const key = sameKey(e);
    const list = siblings.get(key);
    if (list) list.push(e);
    else siblings.set(key, [e]);
    for (const k of new Set(e.sources.map((s) => sentenceKey(s.document, s.paragraph, s.start)))) crowd.set(k, (crowd.get(k) ?? 0) + 1);
  }
  return { entities: new Map(entities.map((e) => [e.id, e])), documents: new Map(documents.map((d) => [d.id, d])), siblings, crowd, sourceDocuments };
}

/** Month and day expressions, to count the dates one sentence offers. */
const DATE_WORDS = /\d{1,2}\s*月|\d{1,2}\s*日|[一二三四五六七八九十]{1,2}月|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天]|[去今明前]年|上月|下月|本月/g;

/** The largest value of `f` over `xs` (-Infinity when empty), without spreading a list that may hold thousands of sources. */
function maxOf<T>(xs: readonly T[], f: (x: T) => number): number {
  let m = -Infinity;
  for (const x of xs) m = Math.max(m, f(x));
  return m;
}

/** The documents an event's sources come from (indexed once by `featureContext`). */
const documentsOf = (e: TimelineEvent, ctx: FeatureContext): ReadonlySet<string> => ctx.sourceDocuments.get(e) ?? new Set(e.sources.map((s) => s.document));

const log1p = (x: number): number => Math.log2(1 + Math.max(0, x));
const bucket = (n: number, top: number): string => (n >= top ? `${top}+` : String(n));

/**
 * The features of one event.
 * @example eventFeatures(event, featureContext(events, entities, documents)).get("type:meeting") // 1
 */
export function eventFeatures(e: TimelineEvent, ctx: FeatureContext): Features {
  const f: Features = new Map([["bias", 1]]);
  const on = (name: string, value = 1) => {
    if (value) f.set(name, value);
  };
  on(`type:${e.type}`);
  on(`status:${e.status}`);
  on("status-conflict", e.statusConflict ? 1 : 0);
  on(`precision:${e.precision ?? "none"}`);
  on("dated-by-documents", e.datedBy === "documents" ? 1 : 0);
  on("place", e.place ? 1 : 0);
  on("venue", e.venue ? 1 : 0);
  on(`${e.type}:place`, e.place ? 1 : 0);
  on(`${e.type}:${e.status}`);
  on(`${e.type}:precision:${e.precision ?? "none"}`);

  const docs = documentsOf(e, ctx);
  on("documents", log1p(docs.size - 1));
  on("multi-document", docs.size > 1 ? 1 : 0);
  on("sources", log1p(e.sources.length - 1));
  const iv = intervalOf(e.start, e.end);
  on("span-days", iv ? log1p(iv.hi - iv.lo) / 8 : 0);

  peopleFeatures(e, ctx, on);
  sourceFeatures(e, ctx, on, iv);
  neighbourFeatures(e, ctx, on, iv);
  return f;
}

type On = (name: string, value?: number) => void;

function peopleFeatures(e: TimelineEvent, ctx: FeatureContext, on: On): void {
  const people = e.participants.map((id) => ctx.entities.get(id)).filter((x): x is Entity => !!x);
  const persons = people.filter((p) => p.type === "person");
  on(`people:${bucket(persons.length, 4)}`);
  on(`${e.type}:people:${bucket(persons.length, 3)}`);
  on("non-person-participants", people.length - persons.length);
  // Lexicon people carry a country or a role; a name found only by the name patterns carries neither.
  on("unknown-people", persons.filter((p) => !p.country && p.roles.length === 0).length);
  on("no-lexicon-mention", persons.filter((p) => !p.mentions.some((m) => m.rule === "lexicon")).length);
  const mentions = persons.map((p) => p.mentions.length);
  if (mentions.length) on("min-mentions", log1p(Math.min(...mentions)) / 4);
  const docs = documentsOf(e, ctx);
  const inDocs = persons.map((p) => p.mentions.reduce((n, m) => (docs.has(m.document) ? n + 1 : n), 0));
  if (inDocs.length) on("min-mentions-in-sources", log1p(Math.min(...inDocs)) / 4);
  const countries = new Set(persons.map((p) => p.country).filter(Boolean));
  on("one-country", persons.length > 1 && countries.size === 1 ? 1 : 0);
  // A visit to the visitor's own country is usually a trip home, or a misread subject.
  const place = e.place ? ctx.entities.get(e.place) : undefined;
  if (e.type === "visit" && place?.country) on("visit-home", persons.some((p) => p.country === place.country) ? 1 : 0);
}

function sourceFeatures(e: TimelineEvent, ctx: FeatureContext, on: On, iv: DayInterval | null): void {
  const parts = new Set<string>();
  const triggers = new Set<string>();
  // How many sources carry each cue group.
  const cues = new Map<string, number>();
  let lead = false;
  let headline = false;
  let firstParagraph = Infinity;
  let quoteChars = Infinity;
  let reported = false;
  for (const s of e.sources) {
    for (const part of s.rule.split(";")) parts.add(part);
    const family = s.rule.split(/[/;]/)[0];
    if (family) parts.add(`family:${family}`);
    triggers.add(s.trigger);
    for (const [name, re] of Object.entries(QUOTE_CUES)) if (re.test(s.quote)) cues.set(name, (cues.get(name) ?? 0) + 1);
    firstParagraph = Math.min(firstParagraph, s.paragraph);
    if (s.paragraph === 0) lead = true;
    const title = ctx.documents.get(s.document)?.title;
    if (title && title.trim() === s.quote.trim()) headline = true;
    quoteChars = Math.min(quoteChars, s.quote.length);
    if (s.reportedBy) reported = true;
  }
  for (const p of parts) on(`rule:${p}`);
  for (const t of triggers) on(`trigger:${t}`);
  for (const c of cues.keys()) on(`cue:${c}`);
  // Every source carries the cue: a recall or a plan is the whole story, not one copy's aside.
  for (const c of Object.keys(QUOTE_CUES)) if (cues.get(c) === e.sources.length) on(`all-cue:${c}`);
  on("lead", lead ? 1 : 0);
  on("headline", headline ? 1 : 0);
  on("paragraph", Number.isFinite(firstParagraph) ? log1p(firstParagraph) / 4 : 0);
  on("quote-chars", Number.isFinite(quoteChars) ? log1p(quoteChars) / 8 : 0);
  on("quote-dates", log1p(maxOf(e.sources, (s) => (s.quote.match(DATE_WORDS) ?? []).length) - 1));
  on("reported-by", reported ? 1 : 0);
  documentDateFeatures(e, ctx, on, iv);
}

/** Where the event falls against its articles' dates: a contact "held" after every article was written is misdated. */
function documentDateFeatures(e: TimelineEvent, ctx: FeatureContext, on: On, iv: DayInterval | null): void {
  const dates = e.sources.map((s) => s.documentDate).filter((d): d is string => !!d);
  if (dates.length < e.sources.length) on("undated-source");
  if (e.sources.some((s) => ctx.documents.get(s.document)?.dateline?.inferred)) on("inferred-document-date");
  if (!iv || dates.length === 0) return;
  const days = dates.map((d) => intervalOf(d)!.lo);
  const latest = maxOf(days, (d) => d);
  const earliest = -maxOf(days, (d) => -d);
  const after = iv.lo - latest;
  const before = earliest - iv.hi;
  on("after-documents", after > 0 ? 1 : 0);
  on(`after-documents:${e.status}`, after > 0 ? 1 : 0);
  on("days-before-documents", before > 0 ? log1p(before) / 12 : 0);
  on("within-week-of-document", before <= 7 && after <= 7 ? 1 : 0);
  on("over-a-year-before", before > 366 ? 1 : 0);
}

function neighbourFeatures(e: TimelineEvent, ctx: FeatureContext, on: On, iv: DayInterval | null): void {
  const docs = documentsOf(e, ctx);
  const others = (ctx.siblings.get(sameKey(e)) ?? []).filter((o) => o !== e);
  on("same-people-events", log1p(others.length));
  let overlapping = 0;
  let stronger = 0;
  for (const o of others) {
    const ov = intervalOf(o.start, o.end);
    if (iv && ov && overlaps(iv, ov)) overlapping++;
    if (documentsOf(o, ctx).size > docs.size) stronger++;
  }
  on("same-people-overlapping", overlapping ? 1 : 0);
  on("same-people-better-sourced", stronger ? 1 : 0);
  const crowd = maxOf(e.sources, (s) => ctx.crowd.get(sentenceKey(s.document, s.paragraph, s.start)) ?? 1);
  on("sentence-events", log1p(crowd - 1));
}

// The data model of one article's extraction: documents, mentions, time expressions and event mentions.
// Types only, no runtime code: @parley/graph and the web app import this file without pulling in nodejieba.

/** Where a document came from and how it was read. */
export type DocumentFormat = "rss" | "jekyll" | "markdown" | "html" | "text";

/** Script of the Chinese text (latin: no Chinese at all). */
export type Script = "simplified" | "traditional" | "mixed" | "latin";

/** A run-length map from offsets in clean text back to offsets in the decoded source file. */
export interface OffsetMap {
  /** Ascending offsets into `Paragraph.text` where a new run starts (the first is 0). */
  text: number[];
  /** For each run, the offset in the decoded source text of the run's first character. */
  source: number[];
}

/** One block of body text: a paragraph, a heading or an image caption. */
export interface Paragraph {
  /** Position in the document, 0-based. */
  index: number;
  kind: "text" | "heading" | "caption";
  /** Clean text as the article wrote it (original script, markup stripped, entities decoded). */
  text: string;
  /**
   * The same text in simplified script, exactly as long as `text` (character-for-character),
   * so every offset found in `simplified` is valid in `text` too.
   */
  simplified: string;
  /** Offsets of the paragraph in the decoded source text (UTF-16 code units). */
  sourceStart: number;
  sourceEnd: number;
  /** Maps offsets in `text` back to the source; see `toSourceOffset`. */
  map: OffsetMap;
}

/** One news article, read and cleaned. */
export interface Document {
  /** Stable id: the file name without its extension, made unique within a build. */
  id: string;
  /** The path as given on the command line (or relative to the folder given). */
  path: string;
  format: DocumentFormat;
  /** The encoding the bytes were decoded with: utf-8, utf-16le, utf-16be, gb18030, big5. */
  encoding: string;
  title: string | null;
  url: string | null;
  /** The outlet, from the URL's host or front matter (RFI, DW, Epoch Times, BBC Chinese ...). */
  outlet: string | null;
  author: string | null;
  /** ISO date or date-time that the document itself states; null when it states none. */
  published: string | null;
  /** Best guess of the date, marked as inferred when the document states none (see the dates pass). */
  dateline: { date: string; inferred: boolean; basis: string } | null;
  lang: "zh" | "en" | "mixed";
  script: Script;
  paragraphs: Paragraph[];
}

/** A sentence inside a paragraph; offsets are into `Paragraph.text`. */
export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  simplified: string;
}

export type EntityType = "person" | "place" | "organization";

/** A role seen in context: 美国国务卿布林肯 → { title: "国务卿", titleEn: "Secretary of State", country: "US" }. */
export interface Role {
  title: string;
  titleEn?: string;
  org?: string;
  country?: string;
  /** Year the role was seen or held (from the document date or the lexicon). */
  since?: number;
  until?: number;
}

/** One occurrence of an entity in a document. Offsets are into the paragraph's `text`. */
export interface Mention {
  /** Id of the DocEntity this mention belongs to. */
  entity: string;
  type: EntityType;
  /** The surface form as written (original script). */
  surface: string;
  document: string;
  paragraph: number;
  start: number;
  end: number;
  /** Name of the rule that found it (lexicon, title-before-name, speech-verb, english-parens, byline ...). */
  rule: string;
  /** Role stated right next to this mention, if any. */
  role?: Role;
}

/** An entity as seen in one document (resolution across documents happens in @parley/graph). */
export interface DocEntity {
  /** Lexicon id when the lexicon knows it ("person:wang-yi"), else a document-local id ("local:<doc>:孙卫东"). */
  id: string;
  type: EntityType;
  /** Canonical Chinese name, simplified script. */
  name: string;
  nameEn: string | null;
  /** Every surface form seen and every known name (any script). */
  aliases: string[];
  /** ISO 3166 alpha-2 (CN, US, RU, TW ...) when known. */
  country: string | null;
  roles: Role[];
  /** True when this entity comes from the lexicon. */
  known: boolean;
  mentions: Mention[];
}

/** How precise a normalized time is. */
export type Precision =
  | "day"
  | "part-of-month" // 上旬, 中旬, 下旬, 月初, 月底, 本月晚些时候
  | "month"
  | "season"
  | "year";

/** A time expression found in text and normalized to an interval of days. */
export interface TimeExpr {
  /** Surface form and its offsets in the paragraph's `text`. */
  surface: string;
  paragraph: number;
  start: number;
  end: number;
  /** First and last day of the interval (YYYY-MM-DD), or null when nothing anchors it. */
  from: string | null;
  to: string | null;
  precision: Precision | null;
  /** True for explicit ranges such as 9月16日至17日. */
  range: boolean;
  /** What the expression was resolved against. */
  anchor: "absolute" | "published" | "text" | "inferred" | "none";
  /** 当地时间 / 美国时间 / 北京时间 when the text says so. */
  zone?: string;
  /** The rule that recognized it. */
  rule: string;
}

export type EventType = "meeting" | "call" | "visit" | "summit";
export type EventStatus = "happened" | "planned" | "possible" | "not-happened";

/** A diplomatic event as one sentence of one document reports it. */
export interface EventMention {
  id: string;
  document: string;
  type: EventType;
  /** DocEntity ids; for a visit, the visitor(s). */
  participants: string[];
  /** DocEntity id of the place; for a visit, the destination. */
  place: string | null;
  /** First and last day, at the precision the text supports. */
  from: string | null;
  to: string | null;
  precision: Precision | null;
  status: EventStatus;
  /** The trigger word as written (会晤, 访华, 通电话 ...). */
  trigger: string;
  /** The sentence that reports it, with its position. */
  quote: string;
  paragraph: number;
  start: number;
  end: number;
  /** A source the text cites for it (据路透社 → 路透社). */
  reportedBy?: string;
  /** The rule that produced it. */
  rule: string;
}

/** Everything extracted from one document. */
export interface Extraction {
  document: Document;
  entities: DocEntity[];
  times: TimeExpr[];
  events: EventMention[];
}

/** A file that could not be read, and why. */
export interface Skipped {
  path: string;
  reason: string;
}

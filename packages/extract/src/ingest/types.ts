// Internal shapes shared by the format readers: a block of clean text and a parsed article.
import type { DocumentFormat, OffsetMap, Paragraph } from "../model.ts";

/** A paragraph before numbering and script conversion. */
export interface Block {
  kind: Paragraph["kind"];
  text: string;
  sourceStart: number;
  sourceEnd: number;
  map: OffsetMap;
  /** Share of the text that sat inside links (1 = a bare link line). */
  linkShare: number;
}

/** What a format reader found in a file. */
export interface Parsed {
  format: DocumentFormat;
  title: string | null;
  url: string | null;
  author: string | null;
  /** ISO date or date-time, as the document states it. */
  published: string | null;
  blocks: Block[];
}

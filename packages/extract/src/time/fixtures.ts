// Test fixtures: a Document built from paragraph strings, the way ingest would build it.
import type { Document, Paragraph } from "../model.ts";

/** A paragraph given as its text, or as [text, simplified] of equal length. */
export type ParagraphInput = string | [string, string];

/** Builds a Document for tests; `published` null for an undated one. */
export function makeDocument(paragraphs: ParagraphInput[], published: string | null, extra: Partial<Document> = {}): Document {
  const ps: Paragraph[] = paragraphs.map((input, index) => {
    const [text, simplified] = typeof input === "string" ? [input, input] : input;
    return { index, kind: "text", text, simplified, sourceStart: 0, sourceEnd: text.length, map: { text: [0], source: [0] } };
  });
  return {
    id: "test", path: "test.txt", format: "text", encoding: "utf-8", title: null, url: null, outlet: null, author: null,
    published, dateline: null, lang: "zh", script: "simplified", paragraphs: ps, ...extra,
  };
}

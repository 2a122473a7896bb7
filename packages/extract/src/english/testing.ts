// Test helpers: an English Document and its sentences from paragraph strings, and the built-in lexicon once.
import type { Document, Sentence } from "../model.ts";
import { splitSentences } from "../ingest/index.ts";
import { loadLexicon, type Lexicon } from "../lexicon/index.ts";
import { makeDocument } from "../time/fixtures.ts";

/** An English document with its sentences split the way the pipeline splits them. */
export function englishDoc(paragraphs: string[], published: string | null = "2023-10-26"): { doc: Document; sentences: Sentence[] } {
  const doc = makeDocument(paragraphs, published, { lang: "en", script: "latin" });
  return { doc, sentences: doc.paragraphs.flatMap((p) => splitSentences(p)) };
}

let lexicon: Lexicon | undefined;

/** The built-in lexicon, loaded on first use. */
export function builtinLexicon(): Lexicon {
  lexicon ??= loadLexicon();
  return lexicon;
}

// Assembles a Document from decoded text: parse the format, drop boilerplate, find the author, convert scripts.
import type { Document, Paragraph, Script } from "../model.ts";
import { dropBoilerplate } from "./boilerplate.ts";
import { findByline } from "./byline.ts";
import { parseContent } from "./detect.ts";
import { outletOf } from "./outlet.ts";
import { countScript, scriptOf, toSimplified } from "./script.ts";

/** What `buildDocument` needs besides the text. */
export interface DocumentSource {
  id: string;
  path: string;
  /** The file's extension with its dot, lower case ("" when none). */
  ext: string;
  encoding: string;
}

/** Share of Han characters among letters: at least this → zh, at most LANG_EN → en, between → mixed. */
const LANG_ZH = 0.5;
const LANG_EN = 0.05;

/** Builds a Document from the decoded text of one file. */
export function buildDocument(text: string, source: DocumentSource): Document {
  const parsed = parseContent(text, source.ext);
  const { kept } = dropBoilerplate(parsed.blocks);
  let hanzi = 0;
  let traditional = 0;
  let simplified = 0;
  let latin = 0;
  for (const b of kept) {
    const c = countScript(b.text);
    hanzi += c.hanzi;
    traditional += c.traditional;
    simplified += c.simplified;
    latin += c.latin;
  }
  const title = parsed.title?.replace(/\s+/g, " ").trim() || null;
  const titleCounts = countScript(title ?? "");
  const script: Script = scriptOf({
    hanzi: hanzi + titleCounts.hanzi,
    traditional: traditional + titleCounts.traditional,
    simplified: simplified + titleCounts.simplified,
  });
  const convert = script === "traditional" || script === "mixed";
  const paragraphs: Paragraph[] = kept.map((b, index) => ({
    index,
    kind: b.kind,
    text: b.text,
    simplified: convert ? toSimplified(b.text) : b.text,
    sourceStart: b.sourceStart,
    sourceEnd: b.sourceEnd,
    map: b.map,
  }));
  // a word of about four Latin letters weighs like one hanzi
  const share = hanzi + latin === 0 ? 1 : hanzi / (hanzi + latin / 4);
  return {
    id: source.id,
    path: source.path,
    format: parsed.format,
    encoding: source.encoding,
    title,
    url: parsed.url,
    outlet: outletOf(parsed.url),
    author: findByline(kept) ?? parsed.author,
    published: parsed.published,
    dateline: null,
    lang: share >= LANG_ZH ? "zh" : share <= LANG_EN ? "en" : "mixed",
    script,
    paragraphs,
  };
}

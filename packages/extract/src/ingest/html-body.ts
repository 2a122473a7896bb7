// HTML → blocks of clean text with offsets, via htmlparser2's streaming parser (tolerant of broken HTML).
import { Parser } from "htmlparser2";
import { TextBuilder } from "./offsets.ts";
import type { Block } from "./types.ts";

/** Elements that end one paragraph and start another. */
const BLOCK = new Set(
  ("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article header main figure figcaption " +
    "table thead tbody tfoot tr td th hr pre address center body html caption details summary").split(" "),
);
/** Elements whose content is never article text. */
const SKIP = new Set("script style noscript iframe svg template head nav aside form button select textarea footer object video audio canvas math".split(" "));
const HEADING = /^h[1-6]$/;
const BOLD = new Set(["strong", "b"]);
/** A bold-only block up to this length, without sentence punctuation, is a heading. */
const BOLD_HEADING_MAX = 40;
const SENTENCE_END = /[。！？!?；;]\s*$/;

/** Options of `htmlToBlocks`. */
export interface HtmlBodyOptions {
  /** Offset of the HTML string in the decoded source text. */
  base: number;
}

/** Default options of `htmlToBlocks`. */
export const DEFAULT_HTML_BODY_OPTIONS: HtmlBodyOptions = { base: 0 };

/** Parses HTML into paragraphs, headings and captions; every block maps back to `base + offset in html`. */
export function htmlToBlocks(html: string, options: Partial<HtmlBodyOptions> = {}): Block[] {
  const { base } = { ...DEFAULT_HTML_BODY_OPTIONS, ...options };
  const blocks: Block[] = [];
  const builder = new TextBuilder();
  let skip = 0;
  let heading = 0;
  let caption = 0;
  let bold = 0;
  let link = 0;
  let boldChars = 0;
  let linkChars = 0;
  let chars = 0;
  let afterImage = false;
  let smallCaption = 0;

  const flush = (): void => {
    const taken = builder.take();
    if (taken) {
      let kind: Block["kind"] = heading > 0 ? "heading" : caption > 0 || smallCaption > 0 ? "caption" : "text";
      if (kind === "text" && boldChars === chars && chars <= BOLD_HEADING_MAX && !SENTENCE_END.test(taken.text)) {
        kind = "heading";
      }
      blocks.push({ kind, ...taken, linkShare: chars ? linkChars / chars : 0 });
    }
    boldChars = linkChars = chars = 0;
  };

  const add = (text: string, at: number, sourceLength: number): void => {
    if (text.length === sourceLength) builder.append(text, at);
    else builder.appendAtom(text, at, sourceLength);
    const visible = text.trim().length;
    if (visible === 0) return;
    afterImage = false;
    chars += visible;
    if (bold > 0) boldChars += visible;
    if (link > 0) linkChars += visible;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skip > 0 || SKIP.has(name)) {
          if (!VOID.has(name)) skip++;
          return;
        }
        if (BLOCK.has(name) || name === "br") flush();
        if (HEADING.test(name)) heading++;
        else if (name === "figcaption") caption++;
        else if (BOLD.has(name)) bold++;
        else if (name === "a") link++;
        else if (name === "small" && afterImage) {
          flush();
          smallCaption++;
        } else if (name === "img") {
          flush();
          afterImage = true;
          const alt = attribs.alt?.trim();
          if (alt) {
            const tagStart = parser.startIndex;
            const found = html.indexOf(alt, tagStart);
            if (found >= 0 && found <= parser.endIndex) builder.append(alt, base + found);
            else builder.appendAtom(alt, base + tagStart, parser.endIndex + 1 - tagStart);
            caption++;
            flush();
            caption--;
          }
        }
      },
      ontext(data) {
        if (skip > 0) return;
        const start = parser.startIndex;
        add(data, base + start, parser.endIndex + 1 - start);
      },
      onclosetag(name) {
        if (skip > 0) {
          if (!VOID.has(name)) skip--;
          return;
        }
        if (BLOCK.has(name)) flush();
        if (HEADING.test(name)) {
          flush();
          heading = Math.max(0, heading - 1);
        } else if (name === "figcaption") {
          flush();
          caption = Math.max(0, caption - 1);
        } else if (BOLD.has(name)) bold = Math.max(0, bold - 1);
        else if (name === "a") link = Math.max(0, link - 1);
        else if (name === "small" && smallCaption > 0) {
          flush();
          smallCaption--;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return blocks;
}

/** Decodes HTML entities in a short string (&amp; → &, &#x738B; → 王). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  let out = "";
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  parser.end(text.replace(/</g, "&lt;"));
  return out;
}

/** Elements without content (never closed). */
const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));

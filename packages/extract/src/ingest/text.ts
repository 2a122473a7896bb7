// Plain text: the first line is the title when it is short and reads like one; one block per line.
import { parseMarkdown } from "./markdown.ts";
import type { Parsed } from "./types.ts";

/** Longest first line taken as a title. */
const TITLE_MAX = 60;

/** Parses plain text found at `base` in the source. */
export function parseText(text: string, base = 0): Parsed {
  const parsed = parseMarkdown(text, { base, markup: false });
  const first = parsed.blocks[0];
  if (first && first.text.length <= TITLE_MAX && !/[。！？!?，,；;]$/.test(first.text) && parsed.blocks.length > 1) {
    parsed.title = first.text;
    parsed.blocks.shift();
  }
  return parsed;
}

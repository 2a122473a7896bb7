// Plain text: one block per line (hard-wrapped lines joined); the headline near the top is the title.
import { parseMarkdown } from "./markdown.ts";
import type { Parsed } from "./types.ts";

/** Parses plain text found at `base` in the source (the title: see `findTitle` in head-lines.ts). */
export function parseText(text: string, base = 0): Parsed {
  return parseMarkdown(text, { base, markup: false });
}

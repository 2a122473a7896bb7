// A stamp that opens the story's first paragraph: 2023/04/15 10:32（中央社記者王小明華盛頓14日專電）美國…
import { readDateLine } from "./date-lines.ts";
import { toHalfWidth } from "./date-normalize.ts";

// 2023/04/15 10:32 / 2023-04-15 10:32:05 / 2023年04月15日 10:32: a numeric date with a clock; prose never writes one
const STAMP = /^\s*[【〔\[（(]?\s*(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\d{1,2}:\d{2}(?::\d{2})?)\s*[】〕\]）)]?/;
/** Paragraphs from the top that may open with a stamp. */
const LEAD_BLOCKS = 3;

/**
 * The date of a stamp (a numeric date and a clock) opening one of the first paragraphs, or null; the
 * paragraph is left as it is, since the story follows the stamp.
 */
export function readLeadStamp(blocks: { text: string }[]): string | null {
  for (const b of blocks.slice(0, LEAD_BLOCKS)) {
    const m = STAMP.exec(toHalfWidth(b.text.slice(0, 40)));
    if (m) return readDateLine(m[1]!)?.date ?? null;
  }
  return null;
}

// RSS dumps: <!--epoch-ms-->, a [title](url) line, ------, then the item's HTML body with a date line.
import { takeBottomDateLine } from "./date-line-bottom.ts";
import { takeDateLines } from "./date-lines.ts";
import { fromEpoch } from "./dates.ts";
import { decodeEntities, htmlToBlocks } from "./html-body.ts";
import type { Parsed } from "./types.ts";

// <!--1696466702000-->
const EPOCH = /^\s*<!--\s*(\d{9,13})\s*-->[ \t]*\r?\n?/;
// [王毅据报预计本月晚些时候访问华盛顿](https://www.rfi.fr/cn/…)
const TITLE_LINE = /^[ \t]*\[(.+)\]\(([^)\s]*)\)[ \t]*\r?\n[ \t]*(?:-{3,}|={3,})[ \t]*(?:\r?\n|$)/;
/** Blocks at the top of the body that may hold the date line. */
const DATE_LINE_WINDOW = 6;

/** True when the text starts like an RSS dump (an epoch comment or a [title](url) line over ------). */
export function looksLikeRss(text: string): boolean {
  const head = text.slice(0, 4096);
  return EPOCH.test(head) || TITLE_LINE.test(head.replace(EPOCH, ""));
}

/** Parses an RSS dump found at `base` in the source text. */
export function parseRss(text: string, base = 0): Parsed {
  let at = 0;
  let epoch: string | null = null;
  const e = EPOCH.exec(text);
  if (e) {
    epoch = fromEpoch(Number(e[1]));
    at = e[0].length;
  }
  let title: string | null = null;
  let url: string | null = null;
  const t = TITLE_LINE.exec(text.slice(at));
  if (t) {
    title = decodeEntities(t[1]!).trim() || null;
    url = t[2] || null;
    at += t[0].length;
  }
  const blocks = htmlToBlocks(text.slice(at), { base: base + at });
  // 05/10/2023 - 01:51 or 2023-10-28T10:05:40.549Z, alone in one of the first blocks
  const published = takeDateLines(blocks, DATE_LINE_WINDOW);
  return { format: "rss", title, url, author: null, published: published ?? epoch ?? takeBottomDateLine(blocks), blocks };
}

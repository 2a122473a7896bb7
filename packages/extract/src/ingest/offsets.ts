// Clean text with a run-length map back into the decoded source: the builder and the lookup.
import type { OffsetMap, Paragraph } from "../model.ts";

/** Maps an offset in `paragraph.text` (0..text.length) back to an offset in the decoded source text. */
export function toSourceOffset(paragraph: Pick<Paragraph, "map" | "sourceEnd" | "text">, offset: number): number {
  const { text, source } = paragraph.map;
  if (text.length === 0) return paragraph.sourceEnd;
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return source[lo]! + (offset - text[lo]!);
}

/** CJK ideographs and punctuation, where a line break is no word boundary. */
function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xd840 && c <= 0xd87f);
}

// Whitespace of any kind (ASCII, NBSP, ideographic space, zero-width) collapses to one space.
const SPACE = /[\s\u200b\u200c\u200d\ufeff]+/g;

/** Accumulates clean text from source slices, collapsing whitespace and recording the offset map. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private mapText: number[] = [];
  private mapSource: number[] = [];
  /** Source offset just past the last character appended, to detect contiguous runs. */
  private lastSourceEnd = -1;
  private pendingSpace = -1;
  /** The pending space came from a line break: dropped between two CJK characters (王毅\n会见 → 王毅会见). */
  private pendingSoft = false;
  private lastChar = 0;
  private start = -1;
  private end = -1;

  /** True when nothing but whitespace was appended. */
  get empty(): boolean {
    return this.length === 0;
  }

  /** Appends `chunk`, whose first character sits at `sourceOffset` in the source; whitespace collapses. */
  append(chunk: string, sourceOffset: number): void {
    SPACE.lastIndex = 0;
    let at = 0;
    for (let m = SPACE.exec(chunk); m; m = SPACE.exec(chunk)) {
      if (m.index > at) this.push(chunk.slice(at, m.index), sourceOffset + at);
      this.pend(sourceOffset + m.index, m[0].includes("\n"));
      at = m.index + m[0].length;
    }
    if (at < chunk.length) this.push(at === 0 ? chunk : chunk.slice(at), sourceOffset + at);
  }

  /** Appends text that stands for a source span of another length (a decoded entity): its own run. */
  appendAtom(text: string, sourceOffset: number, sourceLength: number): void {
    if (/^\s+$/.test(text)) {
      this.pend(sourceOffset, false);
      return;
    }
    this.push(text, sourceOffset);
    // The next character cannot continue this run: the atom's text and source lengths differ.
    this.lastSourceEnd = -1;
    this.end = sourceOffset + sourceLength;
  }

  /** Joins two lines of one paragraph: a space, or nothing between two CJK characters. */
  lineBreak(sourceOffset: number): void {
    this.pend(sourceOffset, true);
  }

  private pend(sourceOffset: number, soft: boolean): void {
    if (this.length === 0) return;
    if (this.pendingSpace < 0) {
      this.pendingSpace = sourceOffset;
      this.pendingSoft = soft;
    } else if (!soft) this.pendingSoft = false;
  }

  private push(text: string, sourceOffset: number): void {
    if (this.pendingSpace >= 0) {
      const at = this.pendingSpace;
      const drop = this.pendingSoft && isCjk(this.lastChar) && isCjk(text.charCodeAt(0));
      this.pendingSpace = -1;
      if (!drop) {
        this.run(at);
        this.parts.push(" ");
        this.length += 1;
        this.lastSourceEnd = at + 1;
      }
    }
    if (this.start < 0) this.start = sourceOffset;
    this.run(sourceOffset);
    this.parts.push(text);
    this.length += text.length;
    this.lastChar = text.charCodeAt(text.length - 1);
    this.lastSourceEnd = sourceOffset + text.length;
    this.end = this.lastSourceEnd;
  }

  private run(sourceOffset: number): void {
    if (sourceOffset !== this.lastSourceEnd) {
      this.mapText.push(this.length);
      this.mapSource.push(sourceOffset);
    }
  }

  /** Returns the text, its source span and map, and resets the builder; null when empty. */
  take(): { text: string; sourceStart: number; sourceEnd: number; map: OffsetMap } | null {
    const out =
      this.length === 0
        ? null
        : {
            text: this.parts.join(""),
            sourceStart: this.start,
            sourceEnd: this.end,
            map: { text: this.mapText, source: this.mapSource },
          };
    this.parts = [];
    this.length = 0;
    this.mapText = [];
    this.mapSource = [];
    this.lastSourceEnd = -1;
    this.pendingSpace = -1;
    this.pendingSoft = false;
    this.lastChar = 0;
    this.start = -1;
    this.end = -1;
    return out;
  }
}

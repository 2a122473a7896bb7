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
      if (this.length > 0 && this.pendingSpace < 0) this.pendingSpace = sourceOffset + m.index;
      at = m.index + m[0].length;
    }
    if (at < chunk.length) this.push(at === 0 ? chunk : chunk.slice(at), sourceOffset + at);
  }

  /** Appends text that stands for a source span of another length (a decoded entity): its own run. */
  appendAtom(text: string, sourceOffset: number, sourceLength: number): void {
    if (/^\s+$/.test(text)) {
      if (this.length > 0 && this.pendingSpace < 0) this.pendingSpace = sourceOffset;
      return;
    }
    this.push(text, sourceOffset);
    // The next character cannot continue this run: the atom's text and source lengths differ.
    this.lastSourceEnd = -1;
    this.end = sourceOffset + sourceLength;
  }

  /** Appends a single space boundary (e.g. from <br> inside an inline run). */
  space(sourceOffset: number): void {
    if (this.length > 0 && this.pendingSpace < 0) this.pendingSpace = sourceOffset;
  }

  private push(text: string, sourceOffset: number): void {
    if (this.pendingSpace >= 0) {
      const at = this.pendingSpace;
      this.pendingSpace = -1;
      this.run(at);
      this.parts.push(" ");
      this.length += 1;
      this.lastSourceEnd = at + 1;
    }
    if (this.start < 0) this.start = sourceOffset;
    this.run(sourceOffset);
    this.parts.push(text);
    this.length += text.length;
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
    this.start = -1;
    this.end = -1;
    return out;
  }
}

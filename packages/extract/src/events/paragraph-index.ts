// Items of a document grouped by paragraph and sorted by start, for range queries by binary search.

/** Anything with a paragraph and offsets in it. */
export interface Located {
  paragraph: number;
  start: number;
  end: number;
}

/** Items grouped by paragraph and sorted by start, for range queries by binary search. */
export class ParagraphIndex<T extends Located> {
  private readonly byParagraph = new Map<number, T[]>();
  constructor(items: Iterable<T>) {
    for (const item of items) {
      const list = this.byParagraph.get(item.paragraph);
      if (list) list.push(item);
      else this.byParagraph.set(item.paragraph, [item]);
    }
    for (const list of this.byParagraph.values()) list.sort((a, b) => a.start - b.start);
  }
  /** Items of the paragraph inside [start, end). */
  within(paragraph: number, start: number, end: number): T[] {
    const list = this.byParagraph.get(paragraph);
    if (!list) return [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
    return out;
  }
}

// The years a corpus's dated articles come from: their median is the year hint for articles that state no date.

/** Collects publication years and answers the corpus's middle year. */
export class CorpusYears {
  private readonly counts = new Map<number, number>();
  private total = 0;

  /** Records one article's publication date (ISO, or null when it states none). */
  add(published: string | null): void {
    const year = published ? Number(published.slice(0, 4)) : NaN;
    if (!Number.isInteger(year) || year < 1900) return;
    this.counts.set(year, (this.counts.get(year) ?? 0) + 1);
    this.total++;
  }

  /**
   * The median publication year, or null before any dated article. Undated articles of a feed dump or a
   * research folder are most likely from the period the rest cover; the extractor uses this only when an
   * article's text writes no year of its own.
   *
   * @example years.add("2023-10-27T00:00:00Z"); years.add("2024-01-05"); years.add("2023-11-16"); years.hint() // 2023
   */
  hint(): number | null {
    if (this.total === 0) return null;
    let seen = 0;
    for (const year of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(year) ?? 0;
      if (seen * 2 >= this.total) return year;
    }
    return null;
  }

  /** The latest publication year seen, or null before any dated article. */
  latest(): number | null {
    return this.total === 0 ? null : Math.max(...this.counts.keys());
  }
}

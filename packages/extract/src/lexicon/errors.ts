// The error a lexicon file raises when it cannot be read or does not follow the documented format.

/** A lexicon file is missing, not JSON, or has an entry that breaks the format (see lexicon/README.md). */
export class LexiconError extends Error {
  /** The file at fault. */
  readonly file: string;
  constructor(file: string, message: string) {
    super(`parley: lexicon ${file}: ${message}`);
    this.name = "LexiconError";
    this.file = file;
  }
}

// The typed error of the ingest layer: a file that cannot be read as an article, and why.

/** Thrown by `readDocument` and `decode` when a file cannot be read as an article. */
export class IngestError extends Error {
  /** The path as given (empty when the input was not a file). */
  readonly path: string;
  /** Short reason without the path, e.g. "binary data, not text". */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`parley: cannot read ${path || "input"}: ${reason}`);
    this.name = "IngestError";
    this.path = path;
    this.reason = reason;
  }
}

/** The OS reason of a failed file operation: "ENOENT: no such file or directory" (the path left out). */
export function osReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const message = (e.message ?? String(err)).replace(/,\s*\w+\s+'.*'$/, "");
  return e.code && !message.startsWith(e.code) ? `${e.code}: ${message}` : message;
}

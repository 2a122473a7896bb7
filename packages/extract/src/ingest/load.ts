// Reads article files into Documents, one at a time: readDocument for one file, loadDocuments for files and folders.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Document } from "../model.ts";
import { decode } from "./decode.ts";
import { buildDocument } from "./document.ts";
import { IngestError, osReason } from "./errors.ts";
import { walk } from "./walk.ts";

/** Options of `readDocument` and `loadDocuments`. */
export interface LoadOptions {
  /** Files larger than this many bytes are skipped without being read. */
  maxBytes: number;
}

/** Default options: files up to 20 MB. */
export const DEFAULT_LOAD_OPTIONS: LoadOptions = { maxBytes: 20 * 1024 * 1024 };

/** One result of `loadDocuments`: a document with its warnings, or a file skipped and why. */
export type LoadResult =
  | { kind: "document"; document: Document; warnings: string[] }
  | { kind: "skipped"; path: string; reason: string };

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a file's bytes after checking its size; throws IngestError with the reason.
 * Synchronous on purpose: for many small files four blocking syscalls beat four thread-pool round trips.
 */
function readBytes(path: string, maxBytes: number): Buffer {
  let fd = -1;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error("EISDIR: illegal operation on a directory"), { code: "EISDIR" });
    if (info.size > maxBytes) {
      throw new IngestError(path, `file is ${mb(info.size)}, over maxBytes (${mb(maxBytes)}); raise the maxBytes option to read it`);
    }
    if (info.size === 0) throw new IngestError(path, "empty file");
    const buf = Buffer.allocUnsafe(info.size);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return got < buf.length ? buf.subarray(0, got) : buf;
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(path, osReason(err));
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** Decodes and parses bytes already read. */
function fromBytes(path: string, bytes: Buffer, id: string | undefined): { document: Document; warnings: string[] } {
  const { text, encoding, warnings } = decode(bytes, { path });
  if (text.trim() === "") throw new IngestError(path, "empty file");
  const ext = extname(path).toLowerCase();
  const document = buildDocument(text, { id: id ?? basename(path, extname(path)), path, ext, encoding });
  if (document.paragraphs.length === 0) warnings.push("no article text found");
  return { document, warnings };
}

/** Reads one file into a Document; throws IngestError (with .path and .reason) when it cannot. */
export async function readDocument(
  path: string,
  options: Partial<LoadOptions> & { id?: string } = {},
): Promise<{ document: Document; warnings: string[] }> {
  const { maxBytes, id } = { ...DEFAULT_LOAD_OPTIONS, ...options };
  return fromBytes(path, readBytes(path, maxBytes), id);
}

/** Reads files and folders (recursively, sorted) one document at a time; never throws for a bad file. */
export async function* loadDocuments(inputs: string[], options: Partial<LoadOptions> = {}): AsyncGenerator<LoadResult> {
  const { maxBytes } = { ...DEFAULT_LOAD_OPTIONS, ...options };
  const used = new Set<string>();
  const next = new Map<string, number>();
  for await (const entry of walk(inputs)) {
    if (entry.kind === "skipped") {
      yield entry;
      continue;
    }
    // ids: the file name without its extension, then x-2, x-3 … for later files of the same name
    const base = basename(entry.path, extname(entry.path));
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    try {
      const { document, warnings } = fromBytes(entry.path, readBytes(entry.path, maxBytes), id);
      yield { kind: "document", document, warnings };
    } catch (err) {
      if (err instanceof IngestError) yield { kind: "skipped", path: entry.path, reason: err.reason };
      else yield { kind: "skipped", path: entry.path, reason: `unexpected error: ${(err as Error).message}` };
    }
  }
}

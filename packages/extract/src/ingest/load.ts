// Reads article files into Documents, one at a time: readDocument for one file, loadDocuments for files and folders.
import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Document } from "../model.ts";
import { decode } from "./decode.ts";
import { buildDocument } from "./document.ts";
import { IngestError } from "./errors.ts";
import { walk } from "./walk.ts";

/** Options of `readDocument` and `loadDocuments`. */
export interface LoadOptions {
  /** Files larger than this many bytes are skipped without being read. */
  maxBytes: number;
  /** How many files `loadDocuments` reads ahead while parsing one. */
  prefetch: number;
}

/** Default options: files up to 20 MB, four files read ahead. */
export const DEFAULT_LOAD_OPTIONS: LoadOptions = { maxBytes: 20 * 1024 * 1024, prefetch: 4 };

/** One result of `loadDocuments`: a document with its warnings, or a file skipped and why. */
export type LoadResult =
  | { kind: "document"; document: Document; warnings: string[] }
  | { kind: "skipped"; path: string; reason: string };

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads a file's bytes after checking its size; throws IngestError with the reason. */
async function readBytes(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, "r");
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error("EISDIR: illegal operation on a directory"), { code: "EISDIR" });
    if (info.size > maxBytes) {
      throw new IngestError(path, `file is ${mb(info.size)}, over maxBytes (${mb(maxBytes)}); raise the maxBytes option to read it`);
    }
    if (info.size === 0) throw new IngestError(path, "empty file");
    return await handle.readFile();
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const e = err as NodeJS.ErrnoException;
    const message = (e.message ?? String(err)).replace(/,\s*\w+\s+'.*'$/, "");
    throw new IngestError(path, e.code && !message.startsWith(e.code) ? `${e.code}: ${message}` : message);
  } finally {
    await handle?.close();
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
  return fromBytes(path, await readBytes(path, maxBytes), id);
}

type Pending = { kind: "skipped"; path: string; reason: string } | { kind: "file"; path: string; id: string; bytes: Promise<Buffer> };

/**
 * Reads files and folders (recursively, sorted) one document at a time; never throws for a bad file.
 * The next few files are read ahead while one is parsed (`prefetch` files at most are held in memory).
 */
export async function* loadDocuments(inputs: string[], options: Partial<LoadOptions> = {}): AsyncGenerator<LoadResult> {
  const { maxBytes, prefetch } = { ...DEFAULT_LOAD_OPTIONS, ...options };
  const used = new Set<string>();
  const next = new Map<string, number>();
  const uniqueId = (path: string): string => {
    const base = basename(path, extname(path));
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
  const entries = walk(inputs);
  const queue: Pending[] = [];
  let done = false;
  const fill = async (): Promise<void> => {
    while (!done && queue.length < Math.max(1, prefetch)) {
      const r = await entries.next();
      if (r.done) {
        done = true;
        break;
      }
      const entry = r.value;
      if (entry.kind === "skipped") queue.push(entry);
      else {
        const bytes = readBytes(entry.path, maxBytes);
        bytes.catch(() => undefined); // handled when its turn comes
        queue.push({ kind: "file", path: entry.path, id: uniqueId(entry.path), bytes });
      }
    }
  };
  for (await fill(); queue.length > 0; await fill()) {
    const item = queue.shift()!;
    if (item.kind === "skipped") {
      yield item;
      continue;
    }
    try {
      const { document, warnings } = fromBytes(item.path, await item.bytes, item.id);
      yield { kind: "document", document, warnings };
    } catch (err) {
      if (err instanceof IngestError) yield { kind: "skipped", path: item.path, reason: err.reason };
      else yield { kind: "skipped", path: item.path, reason: `unexpected error: ${(err as Error).message}` };
    }
  }
}

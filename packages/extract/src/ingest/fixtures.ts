// Test fixtures: a temporary folder of article files read with readDocument, and an offsets check.
import { afterAll, beforeAll, expect } from "vitest";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document } from "../model.ts";
import { readDocument } from "./load.ts";
import { toSourceOffset } from "./offsets.ts";

/** A temporary folder made before the suite's tests and removed after them; `read` writes a file and reads it. */
export function useTempDir(prefix: string): { read: (name: string, content: string | Buffer) => Promise<Document> } {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return {
    async read(name, content) {
      const path = join(dir, name);
      await writeFile(path, content);
      return (await readDocument(path)).document;
    },
  };
}

/** Expects every non-space character of every paragraph to map back to itself in the decoded source. */
export function expectOffsets(doc: Document, source: string): void {
  for (const p of doc.paragraphs) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text[i]!;
      if (c !== " " && !/[&<>]/.test(c)) expect(source[toSourceOffset(p, i)], `${doc.id} ${p.text}`).toBe(c);
    }
  }
}

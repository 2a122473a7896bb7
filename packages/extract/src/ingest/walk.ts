// Walks files and folders in a stable order: hidden entries and non-article files skipped, symlink loops caught.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { osReason } from "./errors.ts";

/** Extensions read as articles ("" = no extension). */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ""]);

/** A file to read, or an entry that could not be walked. */
export type WalkEntry = { kind: "file"; path: string } | { kind: "skipped"; path: string; reason: string };

/** True when the extension is one the loader reads. */
export function isArticlePath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ARTICLE_EXTENSIONS.has(ext) || !/^\.[a-z0-9]{1,8}$/.test(ext);
}

/** Yields the files under the inputs, folders recursively in sorted order; each file at most once per folder visit. */
export async function* walk(inputs: string[]): AsyncGenerator<WalkEntry> {
  const reportedLoops = new Set<string>();
  const visited = new Map<string, string>(); // folder realpath → the path it was first read under
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield { kind: "skipped", path: input, reason: osReason(err) };
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(input);
      const first = visited.get(real);
      if (first !== undefined) yield { kind: "skipped", path: input, reason: `same folder as ${first}, not read twice` };
      else {
        visited.set(real, input);
        yield* walkDir(input, [real], reportedLoops, visited);
      }
    }
    else yield { kind: "file", path: input };
  }
}

async function* walkDir(
  dir: string,
  ancestors: string[],
  reportedLoops: Set<string>,
  visited: Map<string, string>,
): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { kind: "skipped", path: dir, reason: osReason(err) };
    return;
  }
  for (const dirent of entries) {
    const name = dirent.name;
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    if (dirent.isFile()) {
      if (isArticlePath(name)) yield { kind: "file", path };
      continue;
    }
    // directories and symlinks (followed; a dangling one is reported)
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      if (isArticlePath(name)) yield { kind: "skipped", path, reason: osReason(err) };
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (ancestors.includes(real)) {
        if (!reportedLoops.has(real)) {
          reportedLoops.add(real);
          yield { kind: "skipped", path, reason: `symlink loop (points back to ${real}), not followed` };
        }
        continue;
      }
      const first = visited.get(real);
      if (first !== undefined) {
        yield { kind: "skipped", path, reason: `same folder as ${first}, not read twice` };
        continue;
      }
      visited.set(real, path);
      yield* walkDir(path, [...ancestors, real], reportedLoops, visited);
    } else if (isArticlePath(name)) {
      yield { kind: "file", path };
    }
  }
}

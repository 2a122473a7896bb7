// Builds bench/.corpus/ (gitignored): the seed articles copied over and over, under varied names, to about 50 MB.
import { copyFile, mkdir, readdir, stat, writeFile, readFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Options of `ensureCorpus`. */
export interface CorpusOptions {
  /** Target size in bytes. */
  bytes: number;
  /** Folder to fill. */
  dir: string;
  /** Folder of the articles to repeat. */
  seeds: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Defaults: 50 MB of the repository's seeds in bench/.corpus. */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  bytes: 50 * 1024 * 1024,
  dir: join(here, ".corpus"),
  seeds: join(here, "..", "seeds"),
};

const MARKER = ".complete";

/** Returns the corpus folder, building it first when it is missing or incomplete. */
export async function ensureCorpus(options: Partial<CorpusOptions> = {}): Promise<string> {
  const { bytes, dir, seeds } = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  const marker = join(dir, MARKER);
  try {
    if (Number(await readFile(marker, "utf8")) === bytes) return dir;
  } catch {
    // not built yet
  }
  await mkdir(dir, { recursive: true });
  const files = (await readdir(seeds)).filter((f) => !f.startsWith(".")).sort();
  const sizes = await Promise.all(files.map(async (f) => (await stat(join(seeds, f))).size));
  if (files.length === 0) throw new Error(`parley bench: no seed articles in ${seeds}`);
  let total = 0;
  for (let round = 0; total < bytes; round++) {
    for (let i = 0; i < files.length && total < bytes; i++) {
      const name = files[i]!;
      // 000_2a89….txt → r0042-000_2a89….txt: unique names, the seed's extension kept
      const target = join(dir, `r${String(round).padStart(4, "0")}-${name.slice(0, -extname(name).length || undefined)}${extname(name)}`);
      await copyFile(join(seeds, name), target);
      total += sizes[i]!;
    }
  }
  await writeFile(marker, String(bytes));
  return dir;
}

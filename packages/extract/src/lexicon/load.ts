// Reads the built-in lexicon (packages/extract/lexicon/*.json) and the user's own lexicon files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLexicon } from "./create.ts";
import { LexiconError } from "./errors.ts";
import type { Lexicon, LexiconSource } from "./types.ts";

/** Options of `loadLexicon`. */
export interface LoadLexiconOptions {
  /** User lexicon files (`parley build --lexicon my.json`), read after the built-in ones. */
  extra?: string[];
  /** Folder of the built-in lexicon; null to skip it. */
  builtinDir?: string | null;
}

/** The folder holding the built-in lexicon files. */
export const BUILTIN_LEXICON_DIR = fileURLToPath(new URL("../../lexicon/", import.meta.url));

/** Default options: the built-in lexicon, no user files. */
export const DEFAULT_LOAD_LEXICON_OPTIONS: Required<LoadLexiconOptions> = { extra: [], builtinDir: BUILTIN_LEXICON_DIR };

function readSource(path: string, label: string): LexiconSource {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LexiconError(label, code === "ENOENT" ? "no such file; check the --lexicon path" : `cannot read it (${code ?? String(err)})`);
  }
  try {
    return { file: label, data: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (err) {
    throw new LexiconError(label, `not valid JSON (${(err as Error).message}); fix the syntax`);
  }
}

/**
 * Loads, validates and indexes every built-in lexicon file plus the user's files.
 * Throws a LexiconError such as `parley: lexicon my.json: people[3] has no "zh"`.
 */
export function loadLexicon(opts: LoadLexiconOptions = {}): Lexicon {
  const o = { ...DEFAULT_LOAD_LEXICON_OPTIONS, ...opts };
  const sources: LexiconSource[] = [];
  if (o.builtinDir) {
    let files: string[] = [];
    try {
      files = readdirSync(o.builtinDir).filter((f) => f.endsWith(".json")).sort();
    } catch {
      files = [];
    }
    for (const f of files) sources.push(readSource(join(o.builtinDir, f), f));
  }
  for (const path of o.extra ?? []) sources.push(readSource(path, path));
  return createLexicon(sources);
}

// Node-only: place containment from the extractor's built-in lexicon files, for builds whose
// extractions carry no `within` on their places.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { placeFacts, type PlaceEntryLike, type PlaceFacts } from "../merge/containment.ts";

/** Reads `places` from every JSON file in a lexicon folder (default: @parley/extract's built-in one). */
export function lexiconPlaceFacts(dir = builtinLexiconDir()): PlaceFacts {
  const entries: PlaceEntryLike[] = [];
  if (!dir) return placeFacts(entries);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    try {
      const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as { places?: PlaceEntryLike[] };
      if (Array.isArray(data.places)) entries.push(...data.places);
    } catch {
      // A broken lexicon file is the extractor's to report; containment just lacks its places.
    }
  }
  return placeFacts(entries);
}

function builtinLexiconDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve("@parley/extract/lexicon/README.md"));
  } catch {
    return null;
  }
}

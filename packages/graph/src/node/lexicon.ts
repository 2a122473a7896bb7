// Node-only: place containment from the extractor's built-in lexicon files, for builds whose
// extractions carry no `within` on their places.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { placeFacts, type PlaceEntryLike, type PlaceFacts } from "../merge/containment.ts";

/**
 * Reads `places` from every JSON file in a lexicon folder (default: @parley/extract's built-in one),
 * then from the user's lexicon files (`parley build --lexicon my.json`), whose entries win.
 * @example lexiconPlaceFacts(undefined, ["my-places.json"]).within["place:my-venue"]
 */
export function lexiconPlaceFacts(dir = builtinLexiconDir(), files: readonly string[] = []): PlaceFacts {
  const paths = dir ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => join(dir, f)) : [];
  const byId = new Map<string, PlaceEntryLike>();
  for (const path of [...paths, ...files]) for (const e of readPlaces(path)) byId.set(e.id, e);
  return placeFacts(byId.values());
}

function readPlaces(path: string): PlaceEntryLike[] {
  try {
    const data = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, "")) as { places?: unknown };
    return Array.isArray(data.places) ? data.places.filter((e): e is PlaceEntryLike => typeof (e as PlaceEntryLike | null)?.id === "string") : [];
  } catch {
    // A broken lexicon file is the extractor's to report; containment just lacks its places.
    return [];
  }
}

function builtinLexiconDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve("@parley/extract/lexicon/README.md"));
  } catch {
    return null;
  }
}

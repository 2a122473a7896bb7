// Extraction quality, measured by the shared scorer on five annotated sets: the seeds, and four sets of
// articles written by colleagues who never read the extractor. The misses of dev, holdout and blind were
// diagnosed and fixed by general rules (dev is tuned; holdout and blind only through their diagnoses);
// final was scored once and never tuned on: it is the honest figure for unseen articles. One row per set; each
// floor sits a little under the figure last measured, so a change that generalizes worse fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HAVE_SCORER, SCORER, SEEDS_GOLD, ratio, scoreBuild, share, type ScoredBuild } from "./scoring.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface ScoredSet {
  name: string;
  inputs: string[];
  gold: string;
  documents: number;
  floors: { metadata: number; peopleF1: number; eventsF1: number; eventsRecall: number; dates: number; negationErrors: number; duplicates: number };
}

const SETS: ScoredSet[] = [
  {
    name: "seeds (the five articles the user gave us)",
    inputs: [here("../seeds")],
    gold: SEEDS_GOLD,
    documents: 5,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.95, eventsRecall: 0.95, dates: 0.95, negationErrors: 0, duplicates: 0 },
  },
  {
    name: "dev set (10 articles, both scripts, five feed formats)",
    inputs: [here("dev")],
    gold: here("dev/dev.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.95, eventsRecall: 0.95, dates: 0.95, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "holdout set (10 articles, Big5, an undated one, English-heavy)",
    inputs: [here("holdout")],
    gold: here("holdout/holdout.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.78, eventsRecall: 0.76, dates: 0.8, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "blind set (10 articles, Big5, an undated one, three-party meetings)",
    inputs: [here("blind")],
    gold: here("blind/blind.gold.json"),
    documents: 10,
    floors: { metadata: 0.9, peopleF1: 0.95, eventsF1: 0.76, eventsRecall: 0.78, dates: 0.78, negationErrors: 1, duplicates: 4 },
  },
  {
    name: "final set (10 articles, GB18030, an undated one; scored once, never tuned on)",
    inputs: [here("final")],
    gold: here("final/final.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.72, eventsRecall: 0.7, dates: 0.85, negationErrors: 0, duplicates: 1 },
  },
];

if (!HAVE_SCORER) console.warn(`parley: scored sets skipped, the scorer ${SCORER} is absent (it lives in ../shared/eval beside the repo)`);

describe.skipIf(!HAVE_SCORER).each(SETS)("$name", (set) => {
  let run: ScoredBuild;
  beforeAll(() => {
    run = scoreBuild(set.inputs, set.gold);
  }, 180_000);
  afterAll(() => run?.cleanup());

  it("should read every article", () => {
    expect(run.build.status, run.build.stderr).toBe(0);
    const timeline = JSON.parse(readFileSync(join(run.out, "timeline.json"), "utf8")) as { documents: unknown[] };
    expect(timeline.documents).toHaveLength(set.documents);
  });

  it("should get titles and publication dates right", () => {
    const [, checked] = ratio(run.score.documents.metadata);
    expect(checked).toBe(set.documents * 2);
    expect(share(run.score.documents.metadata)).toBeGreaterThanOrEqual(set.floors.metadata);
  });

  it("should find the people each article names, and never merge two", () => {
    expect(run.score.people.f1).toBeGreaterThanOrEqual(set.floors.peopleF1);
    expect(run.score.people.conflated).toBe(0);
  });

  it("should find and merge the diplomatic contacts", () => {
    expect(run.score.events.f1).toBeGreaterThanOrEqual(set.floors.eventsF1);
    expect(run.score.events.recall).toBeGreaterThanOrEqual(set.floors.eventsRecall);
    expect(run.score.events.duplicates).toBeLessThanOrEqual(set.floors.duplicates);
  });

  it("should date the matched events and respect negation", () => {
    expect(share(run.score.attributes.dateExact)).toBeGreaterThanOrEqual(set.floors.dates);
    expect(run.score.events.negationErrors).toBeLessThanOrEqual(set.floors.negationErrors);
  });
});

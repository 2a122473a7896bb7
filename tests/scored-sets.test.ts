// Extraction quality, measured by the shared scorer on the annotated sets: the seeds, and sets of ten
// articles written by colleagues who never read the extractor. Each set was sealed when written; the misses
// of most were then diagnosed and fixed by general rules ("tuned"), and the confidence model learns from
// them. fresh22 to fresh24, fresh27 and fresh30 were scored but never read (validation sets). fresh39 to
// fresh45 (round nine) and fresh46 to fresh52 (written at its end) are still sealed (scored, never read):
// they are the honest figure for unseen articles (npm run bench:quality pools them). One row per set; each
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
  floors: { metadata: number; peopleF1: number; eventsF1: number; eventsRecall: number; dates: number; negationErrors: number; duplicates: number; conflated?: number };
}

const SETS: ScoredSet[] = [
  {
    name: "seeds (the five articles the user gave us)",
    inputs: [here("../seeds")],
    gold: SEEDS_GOLD,
    documents: 5,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.98, eventsRecall: 0.98, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "dev set (10 articles, both scripts, five feed formats; tuned)",
    inputs: [here("dev")],
    gold: here("dev/dev.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.98, eventsRecall: 0.98, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "holdout set (10 articles, Big5, an undated one, English-heavy; tuned)",
    inputs: [here("holdout")],
    gold: here("holdout/holdout.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.97, eventsRecall: 0.98, dates: 0.94, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "blind set (10 articles, Big5, an undated one, three-party meetings; tuned)",
    inputs: [here("blind")],
    gold: here("blind/blind.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.97, eventsRecall: 0.98, dates: 0.93, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "final set (10 articles, GB18030, an undated one; tuned in round two)",
    inputs: [here("final")],
    gold: here("final/final.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.98, eventsRecall: 0.98, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh1 (Aug-Dec 2023 US-China, Big5, an undated one; tuned in round two)",
    inputs: [here("fresh1")],
    gold: here("fresh1/fresh1.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.95, eventsRecall: 0.96, dates: 0.93, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh2 (2025 US-China and China-Russia, Big5, an undated one; tuned in round two)",
    inputs: [here("fresh2")],
    gold: here("fresh2/fresh2.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.93, eventsRecall: 0.88, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh3 (2024-25 beyond US-China, Big5, an undated one; tuned in round two)",
    inputs: [here("fresh3")],
    gold: here("fresh3/fresh3.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.96, eventsRecall: 0.93, dates: 0.96, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh4 (Trump's first term, Big5 and GB18030, an undated one; tuned in round two)",
    inputs: [here("fresh4")],
    gold: here("fresh4/fresh4.gold.json"),
    documents: 10,
    // Its undated article is now dated by the other articles (13 more events matched): its windows and one status
    // (两人在岘港不会举行正式会晤 read as possible) now count, so the date share and negation floors are lower.
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.91, eventsRecall: 0.9, dates: 0.88, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh6 (2023 US-China, Big5, an undated one; tuned in round three)",
    inputs: [here("fresh6")],
    gold: here("fresh6/fresh6.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.93, eventsRecall: 0.94, dates: 0.98, negationErrors: 1, duplicates: 1 },
  },
  {
    name: "fresh7 (2024 US-China, Big5, an undated one; tuned in round three)",
    inputs: [here("fresh7")],
    gold: here("fresh7/fresh7.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.95, eventsRecall: 0.92, dates: 0.93, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh5 (Middle East and Southeast Asia, Big5, an undated one; tuned in round four)",
    inputs: [here("fresh5")],
    gold: here("fresh5/fresh5.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.92, eventsRecall: 0.86, dates: 0.95, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh8 (2021-25 US-China, Big5, an undated one; tuned in round four)",
    inputs: [here("fresh8")],
    gold: here("fresh8/fresh8.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.95, eventsRecall: 0.96, dates: 0.92, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh9 (Europe, Russia, Asia-Pacific leaders, Big5, an undated one; tuned in round four)",
    inputs: [here("fresh9")],
    gold: here("fresh9/fresh9.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.93, eventsRecall: 0.9, dates: 0.9, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh10 (US-China defence and working-level contacts 2021-24, GB18030, an undated one; tuned in round five)",
    inputs: [here("fresh10")],
    gold: here("fresh10/fresh10.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.96, eventsRecall: 0.98, dates: 0.78, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh11 (cross-strait and Taiwan-US contacts 2022-25, Big5, an undated one; tuned in round five)",
    inputs: [here("fresh11")],
    gold: here("fresh11/fresh11.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.96, eventsF1: 0.91, eventsRecall: 0.9, dates: 0.96, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh12 (leaders' meetings at summits and state visits 2022-24, Big5, an undated one; tuned in round five)",
    inputs: [here("fresh12")],
    gold: here("fresh12/fresh12.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.93, eventsRecall: 0.92, dates: 0.9, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh13 (China-Japan-Korea leaders and ministers 2024-25, GB18030 and Big5, an undated one; tuned in round six)",
    inputs: [here("fresh13")],
    gold: here("fresh13/fresh13.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.93, eventsRecall: 0.9, dates: 0.95, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh14 (China and the war in Ukraine 2022-24, Big5, an undated one; tuned in round six)",
    inputs: [here("fresh14")],
    gold: here("fresh14/fresh14.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.89, eventsRecall: 0.87, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh15 (India-China and South Asia 2018-25, Big5, an undated one; tuned in round six)",
    inputs: [here("fresh15")],
    gold: here("fresh15/fresh15.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.91, eventsRecall: 0.88, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh16 (China and the US in Africa 2023-25, Big5, an undated one; tuned in round six)",
    inputs: [here("fresh16")],
    gold: here("fresh16/fresh16.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.94, eventsRecall: 0.91, dates: 0.93, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh17 (Europe-China leaders 2018-21, GB18030, an undated one; tuned in round six)",
    inputs: [here("fresh17")],
    gold: here("fresh17/fresh17.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.88, eventsRecall: 0.89, dates: 0.9, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh18 (the Korean peninsula summits 2018-19, Big5, an undated one; tuned in round seven)",
    inputs: [here("fresh18")],
    gold: here("fresh18/fresh18.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.98, eventsF1: 0.9, eventsRecall: 0.89, dates: 0.89, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh19 (US-China trade talks 2018-20, GB18030, an undated one; tuned in round seven)",
    inputs: [here("fresh19")],
    gold: here("fresh19/fresh19.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.9, eventsRecall: 0.88, dates: 0.88, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh20 (US-China and cross-strait contacts 2013-16, Big5, an undated one; tuned in round seven)",
    inputs: [here("fresh20")],
    gold: here("fresh20/fresh20.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.93, eventsRecall: 0.91, dates: 0.92, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh21 (China, the US and the Middle East 2016-24, GB18030, an undated one; tuned in round seven)",
    inputs: [here("fresh21")],
    gold: here("fresh21/fresh21.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.88, eventsRecall: 0.9, dates: 0.93, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh22 (the Pacific islands, Oceania and Latin America 2022-25, Big5, an undated one; validation in round seven, scored but never read)",
    inputs: [here("fresh22")],
    gold: here("fresh22/fresh22.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.88, eventsRecall: 0.84, dates: 0.9, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh23 (China-Russia and Central Asia 2013-23, Big5, an undated one; validation in round seven, scored but never read)",
    inputs: [here("fresh23")],
    gold: here("fresh23/fresh23.gold.json"),
    documents: 10,
    floors: { metadata: 0.95, peopleF1: 0.95, eventsF1: 0.83, eventsRecall: 0.73, dates: 0.94, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh24 (Southeast Asia 2016-25, GB18030, an undated one; validation in round seven, scored but never read)",
    inputs: [here("fresh24")],
    gold: here("fresh24/fresh24.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.83, eventsRecall: 0.82, dates: 0.95, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh25 (Japan with China and the US 2014-19, Big5, an undated one; tuned in round eight)",
    inputs: [here("fresh25")],
    gold: here("fresh25/fresh25.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.89, eventsRecall: 0.86, dates: 0.85, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh26 (cross-strait and Taiwan's allies 2015-19, Big5, an undated one; tuned in round eight)",
    inputs: [here("fresh26")],
    gold: here("fresh26/fresh26.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.73, eventsRecall: 0.67, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh27 (China and Central, Eastern and Southern Europe 2014-19, GB18030, an undated one; validation in round eight, scored but never read)",
    inputs: [here("fresh27")],
    gold: here("fresh27/fresh27.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.96, eventsF1: 0.78, eventsRecall: 0.69, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh28 (US-Russia summits and the Ukraine war's diplomacy 2018-25, GB18030, an undated one; tuned in round eight)",
    inputs: [here("fresh28")],
    gold: here("fresh28/fresh28.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.86, eventsRecall: 0.82, dates: 0.92, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh29 (the Quad, India and the Indo-Pacific 2017-24, Big5, an undated one; tuned in round eight)",
    inputs: [here("fresh29")],
    gold: here("fresh29/fresh29.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.85, eventsRecall: 0.79, dates: 0.93, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh30 (China and Latin America 2013-19, GB18030, an undated one; validation in round eight, scored but never read)",
    inputs: [here("fresh30")],
    gold: here("fresh30/fresh30.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.96, eventsF1: 0.83, eventsRecall: 0.82, dates: 0.9, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh31 (China and the Korean peninsula 2013-17, Big5, an undated one; tuned in round eight)",
    inputs: [here("fresh31")],
    gold: here("fresh31/fresh31.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.89, eventsRecall: 0.87, dates: 0.88, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh32 (US-China summitry of the Hu Jintao-Obama years 2009-12, Big5, an undated one; sealed in round eight, opened in round nine)",
    inputs: [here("fresh32")],
    gold: here("fresh32/fresh32.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.84, eventsRecall: 0.75, dates: 0.95, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh33 (Canada, Australia and New Zealand with China and the US 2014-22, GB18030, an undated one; sealed in round eight, opened in round nine)",
    inputs: [here("fresh33")],
    gold: here("fresh33/fresh33.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.98, eventsF1: 0.86, eventsRecall: 0.85, dates: 0.93, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh34 (the US and China in Southeast Asia and Myanmar 2012-20, Big5, an undated one; sealed in round eight, opened in round nine)",
    inputs: [here("fresh34")],
    gold: here("fresh34/fresh34.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.78, eventsRecall: 0.74, dates: 0.79, negationErrors: 3, duplicates: 4 },
  },
  {
    name: "fresh35 (summit sidelines in Europe 2017-21, GB18030, an undated one; sealed in round eight, opened in round nine)",
    inputs: [here("fresh35")],
    gold: here("fresh35/fresh35.gold.json"),
    documents: 10,
    floors: { metadata: 0.95, peopleF1: 0.98, eventsF1: 0.84, eventsRecall: 0.82, dates: 0.83, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh36 (US presidents and the Middle East 2017-22, Big5, an undated one; sealed in round eight, opened in round nine)",
    inputs: [here("fresh36")],
    gold: here("fresh36/fresh36.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.94, eventsF1: 0.75, eventsRecall: 0.72, dates: 0.84, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh37 (Taiwan, Hong Kong and the diplomatic clashes of 2016-20, GB18030, an undated one; sealed in round eight, opened in round nine)",
    inputs: [here("fresh37")],
    gold: here("fresh37/fresh37.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.94, eventsF1: 0.84, eventsRecall: 0.83, dates: 0.8, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh38 (Japan, South Korea and the US 2022-24, Big5, an undated one; sealed in round eight, opened in round nine)",
    inputs: [here("fresh38")],
    gold: here("fresh38/fresh38.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.99, eventsF1: 0.85, eventsRecall: 0.79, dates: 0.93, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh39 (Xi Jinping's European tours of 2014 and 2015 and Michelle Obama in China, Big5, an undated one; sealed)",
    inputs: [here("fresh39")],
    gold: here("fresh39/fresh39.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.95, eventsF1: 0.75, eventsRecall: 0.75, dates: 0.91, negationErrors: 0, duplicates: 6 },
  },
  {
    name: "fresh40 (China, the US and Africa 2013-15, GB18030, an undated one; sealed)",
    inputs: [here("fresh40")],
    gold: here("fresh40/fresh40.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.98, eventsF1: 0.75, eventsRecall: 0.78, dates: 0.94, negationErrors: 1, duplicates: 1 },
  },
  {
    name: "fresh41 (China, India, Pakistan and the US 2014-16, Big5, an undated one; sealed)",
    inputs: [here("fresh41")],
    gold: here("fresh41/fresh41.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.95, eventsF1: 0.88, eventsRecall: 0.85, dates: 0.8, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh42 (US-China relations under Bush and Hu 2005-08, GB18030, an undated one; sealed)",
    inputs: [here("fresh42")],
    gold: here("fresh42/fresh42.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.92, eventsF1: 0.83, eventsRecall: 0.74, dates: 0.76, negationErrors: 1, duplicates: 1 },
  },
  {
    name: "fresh43 (the US, China and Latin America 2015-16, Big5, an undated one; sealed)",
    inputs: [here("fresh43")],
    gold: here("fresh43/fresh43.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.95, eventsF1: 0.77, eventsRecall: 0.78, dates: 0.94, negationErrors: 2, duplicates: 4 },
  },
  {
    name: "fresh44 (the US and Russia 2009-19, GB18030, an undated one; sealed)",
    inputs: [here("fresh44")],
    gold: here("fresh44/fresh44.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.96, eventsF1: 0.75, eventsRecall: 0.69, dates: 0.92, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh45 (Obama's Asia tours of 2014 and 2016, Big5, an undated one; sealed)",
    inputs: [here("fresh45")],
    gold: here("fresh45/fresh45.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.94, eventsF1: 0.89, eventsRecall: 0.91, dates: 0.94, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh46 (China and Japan 2014-19, Big5, an undated one; sealed)",
    inputs: [here("fresh46")],
    gold: here("fresh46/fresh46.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.95, eventsF1: 0.8, eventsRecall: 0.81, dates: 0.98, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh47 (China and South Korea 2013-17, GB18030, an undated one; sealed)",
    inputs: [here("fresh47")],
    gold: here("fresh47/fresh47.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.95, eventsF1: 0.86, eventsRecall: 0.83, dates: 0.91, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh48 (Merkel and Macron with China 2016-19, Big5, an undated one; sealed)",
    inputs: [here("fresh48")],
    gold: here("fresh48/fresh48.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.97, eventsF1: 0.89, eventsRecall: 0.92, dates: 0.91, negationErrors: 0, duplicates: 2 },
  },
  {
    name: "fresh49 (Xi Jinping's Middle East tour of 2016 and the Iran nuclear talks, GB18030, an undated one; sealed)",
    inputs: [here("fresh49")],
    gold: here("fresh49/fresh49.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.98, eventsF1: 0.85, eventsRecall: 0.88, dates: 0.82, negationErrors: 0, duplicates: 3 },
  },
  {
    name: "fresh50 (Trump and Latin America 2017-20, Big5, an undated one; sealed)",
    inputs: [here("fresh50")],
    gold: here("fresh50/fresh50.gold.json"),
    documents: 10,
    // One entity holds two annotated people here: a resolution defect left unread, so the set stays sealed.
    floors: { metadata: 1, peopleF1: 0.96, eventsF1: 0.84, eventsRecall: 0.85, dates: 0.85, negationErrors: 0, duplicates: 1, conflated: 1 },
  },
  {
    name: "fresh51 (Britain with China and the US 2018-19, GB18030, an undated one; sealed)",
    inputs: [here("fresh51")],
    gold: here("fresh51/fresh51.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.95, eventsF1: 0.62, eventsRecall: 0.66, dates: 0.86, negationErrors: 0, duplicates: 1 },
  },
  {
    name: "fresh52 (China, Russia and Central Asia 2013-19, Big5, an undated one; sealed)",
    inputs: [here("fresh52")],
    gold: here("fresh52/fresh52.gold.json"),
    documents: 10,
    floors: { metadata: 1, peopleF1: 0.92, eventsF1: 0.85, eventsRecall: 0.77, dates: 0.81, negationErrors: 0, duplicates: 1 },
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
    // Two people resolved into one entity: none on any set but one sealed set, which stays unread (see its row).
    expect(run.score.people.conflated).toBeLessThanOrEqual(set.floors.conflated ?? 0);
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

// The time table: every row's expression is found with its interval, precision, range flag and zone.
import { describe, expect, it } from "vitest";
import { ABSOLUTE_CASES } from "./absolute.cases.ts";
import type { NegativeCase, TimeCase } from "./cases.ts";
import { DAY_CASES } from "./days.cases.ts";
import { MONTH_CASES } from "./months.cases.ts";
import { NARRATIVE_CASES } from "./narrative.cases.ts";
import { NEGATIVE_CASES } from "./negative.cases.ts";
import { normalizeTimes } from "./normalize.ts";
import { OUTLET_CASES } from "./outlets.cases.ts";
import { PART_OF_DAY_CASES } from "./part-of-day.cases.ts";
import { RELATIVE_CASES } from "./relative.cases.ts";
import { REPORTED_CASES } from "./reported.cases.ts";
import { TIME_RULES } from "./rules.ts";
import { TERSE_CASES } from "./terse.cases.ts";
import { GLOSS_CASES } from "./gloss.cases.ts";
import { TRADITIONAL_CASES } from "./traditional.cases.ts";
import { DAY_WORD_CASES } from "./weeks.cases.ts";
import { YEAR_RELATIVE_CASES } from "./year-relative.cases.ts";

const TABLES: [string, TimeCase[]][] = [
  ["absolute", ABSOLUTE_CASES],
  ["months", MONTH_CASES],
  ["relative", RELATIVE_CASES],
  ["day words and weeks", DAY_WORD_CASES],
  ["days", DAY_CASES],
  ["traditional", TRADITIONAL_CASES],
  ["outlets", OUTLET_CASES],
  ["narrative, zones, datelines", NARRATIVE_CASES],
  ["year- and month-relative", YEAR_RELATIVE_CASES],
  ["plans inside dated reports", REPORTED_CASES],
  ["parts of day opening a clause", PART_OF_DAY_CASES],
  ["press shorthand days", TERSE_CASES],
  ["vague times glossed in brackets", GLOSS_CASES],
];

function check(c: TimeCase): void {
  const found = normalizeTimes(c.text, c.ref);
  const hit = found.find((e) => e.surface === c.surface);
  expect(hit, `${c.text} → ${found.map((e) => e.surface).join(" | ")}`).toBeDefined();
  if (!hit) return;
  expect({ from: hit.from, to: hit.to, precision: hit.precision, range: hit.range, zone: hit.zone }).toEqual({
    from: c.from, to: c.to, precision: c.precision, range: c.range, zone: c.zone,
  });
  expect(c.text.slice(hit.start, hit.end)).toBe(hit.surface);
}

function overlaps(c: NegativeCase): string[] {
  const at = c.text.indexOf(c.token);
  if (at < 0) throw new Error(`bad negative row: ${c.token} not in ${c.text}`);
  return normalizeTimes(c.text, { anchor: "2023-10-26" })
    .filter((e) => e.start < at + c.token.length && e.end > at)
    .map((e) => e.surface);
}

describe("normalizeTimes", () => {
  for (const [name, table] of TABLES) {
    describe(name, () => {
      it.each(table.map((c) => [c.surface, c.text, c] as const))("should read %s in %s", (_s, _t, c) => check(c));
    });
  }

  describe("not times", () => {
    it.each(NEGATIVE_CASES.map((c) => [c.token, c.text, c] as const))("should not read %s in %s as a time", (_s, _t, c) => {
      expect(overlaps(c)).toEqual([]);
    });
  });

  it("should hold at least 150 rows and 20 negatives", () => {
    expect(TABLES.reduce((n, [, t]) => n + t.length, 0)).toBeGreaterThanOrEqual(150);
    expect(NEGATIVE_CASES.length).toBeGreaterThanOrEqual(20);
  });

  it("should exercise every rule through the one combined scan", () => {
    const seen = new Set<string>();
    for (const [, table] of TABLES) for (const c of table) for (const e of normalizeTimes(c.text, c.ref)) seen.add(e.rule);
    const silent = TIME_RULES.filter((r) => !r.prefix && !seen.has(r.name)).map((r) => r.name);
    expect(silent).toEqual([]);
  });

  it("should leave relative forms unresolved without an anchor", () => {
    const [e] = normalizeTimes("王毅预计本月晚些时候访问华盛顿", { anchor: null });
    expect(e).toMatchObject({ surface: "本月晚些时候", from: null, to: null, anchor: "none" });
  });

  it("should report offsets into the original text when matching on a simplified copy", () => {
    const text = "王毅預計週五前往白宮";
    const simplified = "王毅预计周五前往白宫";
    const [e] = normalizeTimes(text, { anchor: "2023-10-26" }, simplified);
    expect(e).toMatchObject({ surface: "週五", start: 4, end: 6, from: "2023-10-27" });
  });
});

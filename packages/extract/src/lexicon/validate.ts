// Checks one parsed lexicon file against the documented format and turns it into typed entries.
import type { Role } from "../model.ts";
import { LexiconError } from "./errors.ts";
import type { LexiconEntry, TitleEntry } from "./types.ts";

/** The entries and titles of one file. */
export interface ParsedLexicon {
  entries: LexiconEntry[];
  titles: TitleEntry[];
}

type Section = "people" | "places" | "organizations";
const SECTIONS: Record<Section, { type: LexiconEntry["type"]; prefix: string; needsCountry: boolean }> = {
  people: { type: "person", prefix: "person:", needsCountry: true },
  places: { type: "place", prefix: "place:", needsCountry: true },
  organizations: { type: "organization", prefix: "org:", needsCountry: false },
};
const KNOWN_SECTIONS = new Set(["people", "places", "organizations", "titles", "$schema", "about", "note", "version"]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function str(file: string, where: string, o: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (required) throw new LexiconError(file, `${where} has no "${key}"`);
    return undefined;
  }
  if (typeof v !== "string" || (required && v.trim() === "")) {
    throw new LexiconError(file, `${where}.${key} must be a non-empty string`);
  }
  return v;
}

function strList(file: string, where: string, o: Record<string, unknown>, key: string): string[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return [v];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    throw new LexiconError(file, `${where}.${key} must be a list of strings`);
  }
  return v as string[];
}

function roles(file: string, where: string, o: Record<string, unknown>): Role[] {
  const v = o.roles;
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new LexiconError(file, `${where}.roles must be a list`);
  return v.map((r, i) => {
    const at = `${where}.roles[${i}]`;
    if (!isObject(r)) throw new LexiconError(file, `${at} must be an object`);
    const role: Role = { title: str(file, at, r, "title", true) as string };
    const titleEn = str(file, at, r, "titleEn", false);
    const org = str(file, at, r, "org", false);
    const country = str(file, at, r, "country", false);
    if (titleEn) role.titleEn = titleEn;
    if (org) role.org = org;
    if (country) role.country = country;
    for (const y of ["since", "until"] as const) {
      if (r[y] === undefined || r[y] === null) continue;
      if (typeof r[y] !== "number") throw new LexiconError(file, `${at}.${y} must be a year (number)`);
      role[y] = r[y] as number;
    }
    return role;
  });
}

function entry(file: string, section: Section, i: number, o: unknown): LexiconEntry {
  const where = `${section}[${i}]`;
  if (!isObject(o)) throw new LexiconError(file, `${where} must be an object`);
  const spec = SECTIONS[section];
  const id = str(file, where, o, "id", true) as string;
  if (!id.startsWith(spec.prefix)) throw new LexiconError(file, `${where}.id "${id}" must start with "${spec.prefix}"`);
  const base = {
    id,
    zh: str(file, where, o, "zh", true) as string,
    en: str(file, where, o, "en", true) as string,
    aliases: strList(file, where, o, "aliases"),
    file,
    ...(str(file, where, o, "zhHant", false) !== undefined && { zhHant: o.zhHant as string }),
    ...(str(file, where, o, "country", spec.needsCountry) !== undefined && { country: o.country as string }),
    ...(str(file, where, o, "note", false) !== undefined && { note: o.note as string }),
  };
  if (spec.type === "person") {
    const abbrev = strList(file, where, o, "abbrev");
    if (abbrev.some((a) => [...a].length !== 1)) throw new LexiconError(file, `${where}.abbrev must be one-character forms`);
    const gender = str(file, where, o, "gender", false);
    return { ...base, type: "person", roles: roles(file, where, o), abbrev, ...(gender !== undefined && { gender }) };
  }
  const kind = str(file, where, o, "kind", false);
  if (spec.type === "place") {
    const inId = str(file, where, o, "in", false);
    return { ...base, type: "place", zhShort: strList(file, where, o, "zhShort"), ...(kind !== undefined && { kind }), ...(inId !== undefined && { in: inId }) };
  }
  return { ...base, type: "organization", ...(kind !== undefined && { kind }) };
}

function title(file: string, i: number, o: unknown): TitleEntry {
  const where = `titles[${i}]`;
  if (!isObject(o)) throw new LexiconError(file, `${where} must be an object`);
  const t: TitleEntry = { zh: str(file, where, o, "zh", true) as string, file };
  for (const k of ["zhHant", "en", "country", "kind"] as const) {
    const v = str(file, where, o, k, false);
    if (v !== undefined) t[k] = v;
  }
  return t;
}

/** Validates one parsed lexicon file; throws a LexiconError naming the file and the entry at fault. */
export function parseLexicon(file: string, data: unknown): ParsedLexicon {
  if (!isObject(data)) throw new LexiconError(file, "must be a JSON object with people, places, organizations or titles");
  for (const k of Object.keys(data)) {
    if (!KNOWN_SECTIONS.has(k)) throw new LexiconError(file, `unknown section "${k}" (expected people, places, organizations, titles)`);
  }
  const entries: LexiconEntry[] = [];
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const list = data[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new LexiconError(file, `${section} must be a list`);
    list.forEach((o, i) => entries.push(entry(file, section, i, o)));
  }
  const titles: TitleEntry[] = [];
  if (data.titles !== undefined) {
    if (!Array.isArray(data.titles)) throw new LexiconError(file, "titles must be a list");
    data.titles.forEach((o, i) => titles.push(title(file, i, o)));
  }
  return { entries, titles };
}

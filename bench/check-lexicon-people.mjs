// Validates the people sections of the built-in lexicon (packages/extract/lexicon/people*.json); exits 1 on a problem.
//
//   node bench/check-lexicon-people.mjs [--verbose] [--dir path/to/lexicon]
//
// Checks: JSON shape, required fields, `person:<slug>` ids, unique ids, ISO-shaped country codes,
// role years, simplified script in `zh`, abbreviations, no role title glued to a name, and that no name (compared in simplified
// script, English case-insensitively) belongs to two people or is a place or organization name.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js";

const dirArg = process.argv.indexOf("--dir");
const DIR = dirArg > 0 ? process.argv[dirArg + 1] : join(dirname(fileURLToPath(import.meta.url)), "..", "packages", "extract", "lexicon");
const VERBOSE = process.argv.includes("--verbose");
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const toSimplifiedHk = OpenCC.Converter({ from: "hk", to: "cn" });

/** Names that are places or institutions and must never be a person's name. */
const PLACE_NAMES = [
  "美国", "中国", "俄罗斯", "日本", "韩国", "朝鲜", "英国", "法国", "德国", "台湾", "香港", "澳门", "印度",
  "华盛顿", "北京", "上海", "莫斯科", "东京", "首尔", "伦敦", "巴黎", "柏林", "台北", "纽约", "旧金山",
  "白宫", "国务院", "五角大楼", "克里姆林宫", "人民大会堂", "中南海", "联合国", "北约", "欧盟", "国会",
  "华府", "美方", "中方", "加州", "马耳他", "维也纳", "曼谷", "达沃斯", "日内瓦", "新加坡", "巴厘岛", "利马",
  "United States", "China", "Washington", "Beijing", "White House", "Congress", "Pentagon", "Kremlin",
];
/** Names deliberately shared by two entries (none: ambiguous surnames go on neither, see each entry's `note`). */
const ALLOWED_SHARED = new Set([]);
const PERSON_KEYS = new Set(["id", "zh", "zhHant", "en", "aliases", "country", "gender", "roles", "abbrev", "note"]);
const ROLE_KEYS = new Set(["title", "titleEn", "org", "country", "since", "until"]);
const HAN = /\p{Script=Han}/u;

const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);
const key = (name) => (HAN.test(name) ? toSimplifiedHk(toSimplified(name)) : name.toLowerCase().replace(/\s+/g, " "));

const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const people = [];
const otherNames = new Map(); // key → "place:x" for places and organizations in any lexicon file
const titleKeys = new Set(); // role titles (国务卿, 外长 ...) that must not be glued to a name
for (const file of files) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(DIR, file), "utf8"));
  } catch (e) {
    fail(file, `not valid JSON (${e.message})`);
    continue;
  }
  for (const section of ["places", "organizations"]) {
    for (const e of data[section] ?? []) {
      for (const n of [e.zh, e.zhHant, e.en, ...(e.aliases ?? [])]) if (n) otherNames.set(key(n), e.id);
    }
  }
  for (const t of data.titles ?? []) for (const n of [t.zh, t.zhHant]) if (n && [...n].length >= 2) titleKeys.add(key(n));
  if (!/^people.*\.json$/.test(file)) continue;
  if (!Array.isArray(data.people)) fail(file, 'must be one object {"people":[...]}');
  for (const p of data.people ?? []) people.push({ file, p });
}

const ids = new Map();
const owners = new Map(); // name key → id
const abbrevs = new Map();
const count = { byCountry: {}, roles: 0, aliases: 0 };
for (const { file, p } of people) {
  const where = `${file} ${p.id ?? JSON.stringify(p).slice(0, 40)}`;
  for (const k of Object.keys(p)) if (!PERSON_KEYS.has(k)) fail(where, `unknown field "${k}"`);
  if (typeof p.id !== "string" || !/^person:[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) fail(where, "id must be person:<lowercase-ascii-slug>");
  if (ids.has(p.id)) fail(where, `duplicate id (also in ${ids.get(p.id)})`);
  ids.set(p.id, file);
  if (typeof p.zh !== "string" || !HAN.test(p.zh)) fail(where, "zh must be a Chinese name");
  else if (toSimplified(p.zh) !== p.zh) fail(where, `zh "${p.zh}" is not in simplified script (${toSimplified(p.zh)})`);
  if (p.zhHant !== undefined && (typeof p.zhHant !== "string" || !HAN.test(p.zhHant))) fail(where, "zhHant must be a Chinese name");
  if (typeof p.en !== "string" || !/^[\p{Script=Latin} .'’\-]+$/u.test(p.en)) fail(where, "en must be a Latin-script name");
  if (typeof p.country !== "string" || !/^[A-Z]{2}$/.test(p.country)) fail(where, "country must be ISO 3166-1 alpha-2");
  if (p.gender !== undefined && p.gender !== "m" && p.gender !== "f") fail(where, 'gender must be "m" or "f"');
  if (p.note !== undefined && typeof p.note !== "string") fail(where, "note must be a string");
  if (!Array.isArray(p.roles) || p.roles.length === 0) fail(where, "roles must list at least one role");
  for (const r of p.roles ?? []) {
    count.roles++;
    for (const k of Object.keys(r)) if (!ROLE_KEYS.has(k)) fail(where, `role has unknown field "${k}"`);
    if (typeof r.title !== "string" || !HAN.test(r.title)) fail(where, "role title must be Chinese");
    if (typeof r.titleEn !== "string" || r.titleEn.length === 0) fail(where, `role ${r.title}: titleEn missing`);
    if (r.country !== undefined && !/^[A-Z]{2}$/.test(r.country)) fail(where, `role ${r.title}: bad country`);
    for (const y of ["since", "until"]) {
      if (r[y] !== undefined && !(Number.isInteger(r[y]) && r[y] >= 1940 && r[y] <= 2025)) fail(where, `role ${r.title}: bad ${y}`);
    }
    if (r.since !== undefined && r.until !== undefined && r.since > r.until) fail(where, `role ${r.title}: since after until`);
  }
  for (const a of p.abbrev ?? []) {
    if ([...a].length !== 1 || !HAN.test(a)) fail(where, `abbrev "${a}" must be one Chinese character`);
    const k = key(a);
    if (abbrevs.has(k) && abbrevs.get(k) !== p.id) fail(where, `abbrev "${a}" also belongs to ${abbrevs.get(k)}`);
    abbrevs.set(k, p.id);
  }
  const names = [p.zh, p.zhHant, p.en, ...(p.aliases ?? [])].filter((n) => typeof n === "string");
  count.aliases += names.length;
  for (const n of p.aliases ?? []) if (typeof n !== "string" || n.trim() !== n || n.length < 2) fail(where, `bad alias ${JSON.stringify(n)}`);
  for (const n of new Set(names.map(key))) {
    if (PLACE_NAMES.some((pl) => key(pl) === n)) fail(where, `name "${n}" is a place or institution`);
    if (otherNames.has(n)) fail(where, `name "${n}" is also ${otherNames.get(n)}`);
    for (const t of titleKeys) {
      if (n.length > t.length && (n.startsWith(t) || n.endsWith(t))) fail(where, `name "${n}" carries the title "${t}"; list the bare name`);
    }
    const owner = owners.get(n);
    if (owner && owner !== p.id && !ALLOWED_SHARED.has(n)) fail(where, `name "${n}" also belongs to ${owner}`);
    owners.set(n, p.id);
  }
  count.byCountry[p.country] = (count.byCountry[p.country] ?? 0) + 1;
}

const summary = Object.entries(count.byCountry).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ");
console.log(`parley lexicon: ${people.length} people in ${files.filter((f) => f.startsWith("people")).length} files, ${count.aliases} names, ${count.roles} roles, ${abbrevs.size} abbreviations`);
if (VERBOSE) console.log(`by country: ${summary}`);
if (problems.length > 0) {
  for (const p of problems) console.error(`  ✗ ${p}`);
  console.error(`parley lexicon: ${problems.length} problem(s); fix the entries above`);
  process.exit(1);
}
console.log("parley lexicon: people OK");

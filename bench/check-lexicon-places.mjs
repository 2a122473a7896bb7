#!/usr/bin/env node
// Validates the places, organizations and titles data of the lexicon: fields, ids, containers, aliases, counts.
// Usage: node bench/check-lexicon-places.mjs [--quiet] [--dir <lexicon folder>]   (exits 1 on any problem)
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import * as OpenCC from "opencc-js";

const dirArg = process.argv.indexOf("--dir");
const DIR = dirArg > 0 ? process.argv[dirArg + 1] : fileURLToPath(new URL("../packages/extract/lexicon/", import.meta.url));
const quiet = process.argv.includes("--quiet");
const PLACE_KINDS = new Set(["country", "city", "region", "venue"]);
const ORG_KINDS = new Set(["ministry", "agency", "party", "legislature", "media", "international", "company", "think-tank", "university"]);
const TITLE_KINDS = new Set(["head-of-state", "head-of-government", "minister", "deputy", "diplomat", "spokesperson", "legislator", "official", "military", "journalist", "scholar"]);
const MIN = { countries: 199, cities: 150, organizations: 200, titles: 80 };
const CJK = /[\u3400-\u9fff]/;
const COUNTRY = /^[A-Z]{2}$/;

const errors = [];
const warnings = [];
const fail = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const twToCn = OpenCC.Converter({ from: "tw", to: "cn" });
const hkToCn = OpenCC.Converter({ from: "hk", to: "cn" });
/** The key the loader indexes a name under: simplified, NFKC, no separators, Latin lowercased. */
const norm = (s) => hkToCn(twToCn(s.normalize("NFKC"))).replace(/[\s·‧•・\-‐‑–—.]/g, "").toLowerCase();

/** Reads one lexicon file and returns its single section. */
function readSection(file, section) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(DIR, file), "utf8"));
  } catch (err) {
    fail(`${file}: not valid JSON (${err.message})`);
    return [];
  }
  const keys = Object.keys(data ?? {});
  if (keys.length !== 1 || keys[0] !== section) fail(`${file}: must be one object with the single section "${section}", has ${JSON.stringify(keys)}`);
  const list = data?.[section];
  if (!Array.isArray(list)) { fail(`${file}: "${section}" is not an array`); return []; }
  return list.map((e, i) => ({ ...e, _where: `${file} ${section}[${i}]` }));
}

const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const placeFiles = files.filter((f) => /^places.*\.json$/.test(f));
const orgFiles = files.filter((f) => /^organizations.*\.json$/.test(f));
const places = placeFiles.flatMap((f) => readSection(f, "places"));
const orgs = orgFiles.flatMap((f) => readSection(f, "organizations"));
const titles = files.includes("titles.json") ? readSection("titles.json", "titles") : (fail("titles.json is missing"), []);
const people = files.filter((f) => /^people.*\.json$/.test(f)).flatMap((f) => {
  try { return JSON.parse(readFileSync(join(DIR, f), "utf8")).people ?? []; } catch { return []; }
});

/** Checks the fields every named entry shares. */
function checkNamed(e, prefix, kinds, countryRequired) {
  const w = `${e._where} (${e.id ?? e.zh})`;
  if (typeof e.id !== "string" || !new RegExp(`^${prefix}:[a-z0-9]+(-[a-z0-9]+)*$`).test(e.id)) fail(`${w}: id must be "${prefix}:<lowercase-ascii-slug>"`);
  // Organizations may keep a Latin name where Chinese media write it so (TikTok, OpenAI); places may not.
  const chinese = prefix === "place" ? (s) => typeof s === "string" && CJK.test(s) : (s) => typeof s === "string" && s.trim() !== "";
  if (!chinese(e.zh)) fail(`${w}: "zh" must be the Chinese name`);
  if (e.zhHant !== undefined && !chinese(e.zhHant)) fail(`${w}: "zhHant" must be the Chinese name`);
  if (typeof e.en !== "string" || !e.en.trim()) fail(`${w}: "en" is required`);
  if (countryRequired && e.country === undefined) fail(`${w}: "country" is required`);
  if (e.country !== undefined && !COUNTRY.test(e.country)) fail(`${w}: "country" must be ISO 3166-1 alpha-2, got ${JSON.stringify(e.country)}`);
  if (!kinds.has(e.kind)) fail(`${w}: "kind" must be one of ${[...kinds].join(", ")}, got ${JSON.stringify(e.kind)}`);
  if (e.aliases !== undefined) {
    if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== "string" || !a.trim() || a !== a.trim())) fail(`${w}: "aliases" must be trimmed non-empty strings`);
    else if (new Set(e.aliases).size !== e.aliases.length) fail(`${w}: duplicate alias`);
    else for (const a of e.aliases) if (/^[A-Za-z]{1,2}$/.test(a)) warn(`${w}: alias "${a}" is a very short Latin form`);
  }
  if (e.note !== undefined && typeof e.note !== "string") fail(`${w}: "note" must be a string`);
}

/** Every name of an entry: canonical, traditional, English, aliases. */
const namesOf = (e) => [e.zh, e.zhHant, e.en, ...(e.aliases ?? [])].filter((x) => typeof x === "string" && x);

for (const p of places) {
  checkNamed(p, "place", PLACE_KINDS, true);
  if (p.zhShort !== undefined && (!Array.isArray(p.zhShort) || p.zhShort.some((s) => typeof s !== "string" || !CJK.test(s) || s.length > 2))) fail(`${p._where}: "zhShort" must be an array of 1-2 Chinese characters`);
  if (p.zhShort && p.kind !== "country" && p.kind !== "region") fail(`${p._where}: "zhShort" only for countries and regions`);
}
for (const o of orgs) checkNamed(o, "org", ORG_KINDS, false);

// Unique ids across places and organizations.
const byId = new Map();
for (const e of [...places, ...orgs]) {
  if (byId.has(e.id)) fail(`${e._where}: duplicate id ${e.id} (also ${byId.get(e.id)._where})`);
  else byId.set(e.id, e);
}

// Containers: `in` names an existing place, no cycles, countries agree unless explained.
for (const p of places) {
  if (p.in === undefined) continue;
  const parent = byId.get(p.in);
  if (!parent || !parent.id.startsWith("place:")) { fail(`${p._where} (${p.id}): "in" names unknown place ${p.in}`); continue; }
  const seen = new Set([p.id]);
  for (let q = parent; q; q = q.in ? byId.get(q.in) : undefined) {
    if (seen.has(q.id)) { fail(`${p._where} (${p.id}): "in" chain has a cycle at ${q.id}`); break; }
    seen.add(q.id);
  }
  if (parent.country !== p.country && parent.country !== "ZZ" && p.kind !== "region" && !p.note) fail(`${p._where} (${p.id}): country ${p.country} differs from its container ${parent.id} (${parent.country}); add a "note" if intended`);
  if (p.kind === "country") fail(`${p._where} (${p.id}): a country has no container`);
}

// zhShort prefixes are unique.
const shorts = new Map();
for (const p of places) for (const s of p.zhShort ?? []) {
  if (shorts.has(s)) fail(`${p._where}: zhShort "${s}" also on ${shorts.get(s)}`);
  else shorts.set(s, p.id);
}

// Titles.
const titleKeys = new Map();
titles.forEach((t) => {
  const w = `${t._where} (${t.zh})`;
  // A title is Chinese, or a Latin form Chinese news write before names (特斯拉CEO马斯克).
  if (typeof t.zh !== "string" || !t.zh.trim()) fail(`${w}: "zh" is required`);
  if (typeof t.zhHant !== "string" || !t.zhHant.trim()) fail(`${w}: "zhHant" is required`);
  if (typeof t.en !== "string" || !t.en.trim()) fail(`${w}: "en" is required`);
  if (t.country !== undefined && !COUNTRY.test(t.country)) fail(`${w}: "country" must be ISO alpha-2`);
  if (!TITLE_KINDS.has(t.kind)) fail(`${w}: "kind" must be one of ${[...TITLE_KINDS].join(", ")}`);
  if ("id" in t) fail(`${w}: titles have no id`);
  for (const n of [t.zh, ...(t.aliases ?? [])]) {
    const k = norm(n);
    if (titleKeys.has(k)) fail(`${w}: title "${n}" repeats ${titleKeys.get(k)}`);
    else titleKeys.set(k, t._where);
  }
});

// Aliases: one normalized name, one entry, unless a "note" on either entry names it.
const owners = new Map();
for (const e of [...places, ...orgs]) for (const n of namesOf(e)) {
  const k = norm(n);
  if (!k) continue;
  const list = owners.get(k) ?? [];
  if (!list.includes(e)) list.push(e);
  owners.set(k, list);
}
/** True when the entry's note names `k` as a word of its own (so the sharing is explained, not accidental). */
const noted = (e, k) => typeof e.note === "string" && e.note.split(/[\s,;:()（），、。"“”'‘’]+/).some((w) => w && norm(w) === k);
for (const [k, list] of owners) {
  if (list.length < 2) continue;
  if (list.some((e) => noted(e, k))) continue;
  fail(`name "${k}" is shared by ${list.map((e) => e.id).join(" and ")}: keep it on one entry or explain it in a "note"`);
}
for (const [k, where] of titleKeys) {
  const list = owners.get(k);
  if (list && !list.some((e) => noted(e, k))) fail(`title "${k}" (${where}) is also a name of ${list.map((e) => e.id).join(", ")}`);
}
// People are another file's business: report overlaps as warnings.
for (const p of people) for (const n of [p.zh, p.zhHant, ...(p.aliases ?? [])].filter(Boolean)) {
  const list = owners.get(norm(n));
  if (list) warn(`person ${p.id} name "${n}" is also ${list.map((e) => e.id).join(", ")}`);
}

// A place or organization name inside one part of a person's name (康奈尔 in 麦康奈尔) makes jieba split the person.
const PART = /[·‧•・\-‐‑–—\s]/;
for (const p of people) for (const n of [p.zh, p.zhHant, ...(p.aliases ?? [])].filter((x) => typeof x === "string" && CJK.test(x))) {
  for (const part of n.split(PART)) {
    const key = norm(part);
    for (let i = 0; i < key.length; i++) for (let len = 2; len <= 4 && i + len <= key.length; len++) {
      const sub = key.slice(i, i + len);
      const list = sub !== key && owners.get(sub);
      if (list) warn(`person ${p.id} "${n}" contains "${sub}", a name of ${list.map((e) => e.id).join(", ")}`);
    }
  }
}

// Counts.
const count = (list, key) => list.reduce((m, e) => m.set(e[key], (m.get(e[key]) ?? 0) + 1), new Map());
const pk = count(places, "kind");
const countries = (pk.get("country") ?? 0) + places.filter((p) => ["place:taiwan", "place:hong-kong", "place:macau"].includes(p.id)).length;
if (countries < MIN.countries) fail(`only ${countries} countries and territories, want at least ${MIN.countries} (UN members plus Taiwan, Hong Kong, Macau, Palestine, Kosovo, Vatican)`);
if ((pk.get("city") ?? 0) < MIN.cities) fail(`only ${pk.get("city") ?? 0} cities, want at least ${MIN.cities}`);
if (orgs.length < MIN.organizations) fail(`only ${orgs.length} organizations, want at least ${MIN.organizations}`);
if (titles.length < MIN.titles) fail(`only ${titles.length} titles, want at least ${MIN.titles}`);

// Names Chinese news use that must resolve to the right entry (any script).
const MUST = {
  美国: "place:united-states", 美國: "place:united-states", 中国: "place:china", 中國: "place:china", 中华人民共和国: "place:china",
  大陆: "place:china", 中国大陆: "place:china", 俄罗斯: "place:russia", 俄羅斯: "place:russia", 新西兰: "place:new-zealand",
  紐西蘭: "place:new-zealand", 马耳他: "place:malta", 馬爾他: "place:malta", 沙特: "place:saudi-arabia", 沙乌地阿拉伯: "place:saudi-arabia",
  台湾: "place:taiwan", 台灣: "place:taiwan", 香港: "place:hong-kong", 澳门: "place:macau", 巴勒斯坦: "place:palestine",
  科索沃: "place:kosovo", 梵蒂冈: "place:vatican", 北韩: "place:north-korea", 南韓: "place:south-korea", 澳洲: "place:australia",
  华盛顿: "place:washington", 華盛頓: "place:washington", 华府: "place:washington", 北京: "place:beijing", 上海: "place:shanghai",
  纽约: "place:new-york", 紐約: "place:new-york", 旧金山: "place:san-francisco", 三藩市: "place:san-francisco", 舊金山: "place:san-francisco",
  洛杉矶: "place:los-angeles", 东京: "place:tokyo", 首尔: "place:seoul", 莫斯科: "place:moscow", 布鲁塞尔: "place:brussels",
  日内瓦: "place:geneva", 新加坡: "place:singapore", 雅加达: "place:jakarta", 巴厘岛: "place:bali", 峇里島: "place:bali",
  瓦莱塔: "place:valletta", 安克雷奇: "place:anchorage", 苏黎世: "place:zurich", 维也纳: "place:vienna", 吉隆坡: "place:kuala-lumpur",
  台北: "place:taipei", 伦敦: "place:london", 巴黎: "place:paris", 柏林: "place:berlin", 罗马: "place:rome", 新德里: "place:new-delhi",
  利马: "place:lima", 岘港: "place:da-nang", 莫尔兹比港: "place:port-moresby", 庆州: "place:gyeongju", 釜山: "place:busan",
  大阪: "place:osaka", 汉堡: "place:hamburg", 布宜诺斯艾利斯: "place:buenos-aires", 约翰内斯堡: "place:johannesburg", 里约热内卢: "place:rio-de-janeiro",
  天津: "place:tianjin", 曼谷: "place:bangkok", 斯德哥尔摩: "place:stockholm", 马德里: "place:madrid", 万象: "place:vientiane",
  加州: "place:california", 加利福尼亚州: "place:california", 爱荷华州: "place:iowa", 夏威夷: "place:hawaii", 新疆: "place:xinjiang",
  西藏: "place:tibet", 广东: "place:guangdong", 阿拉斯加: "place:alaska", 德州: "place:texas",
  白宫: "place:white-house", 白宮: "place:white-house", 人民大会堂: "place:great-hall-of-the-people", 钓鱼台国宾馆: "place:diaoyutai",
  中南海: "place:zhongnanhai", 联合国总部: "place:un-headquarters", 国会山: "place:capitol-hill", 五角大楼: "place:pentagon",
  克里姆林宫: "place:kremlin", 唐宁街10号: "place:downing-street", 戴维营: "place:camp-david", 海湖庄园: "place:mar-a-lago",
  菲洛里庄园: "place:filoli", 中国驻联合国代表团: "place:cn-mission-to-un",
  南海: "place:south-china-sea", 台湾海峡: "place:taiwan-strait", 台海: "place:taiwan-strait", 朝鲜半岛: "place:korean-peninsula",
  印太: "place:indo-pacific", 地中海: "place:mediterranean", 中东: "place:middle-east", 亚太: "place:asia-pacific",
  外交部: "org:cn-foreign-ministry", 商务部: "org:cn-commerce-ministry", 国防部: "org:cn-defense-ministry", 国务院: "org:cn-state-council",
  中共中央: "org:ccp-central-committee", 中央外办: "org:central-foreign-affairs-office", 全国人大: "org:npc", 国台办: "org:cn-taiwan-affairs-office",
  中国人民银行: "org:cn-pboc", 解放军: "org:pla", 美国国务院: "org:us-state-department", 美國國務院: "org:us-state-department",
  美国务院: "org:us-state-department", 国家安全委员会: "org:us-nsc", 美国财政部: "org:us-treasury", 美国商务部: "org:us-commerce-department",
  美国国防部: "org:us-defense-department", 司法部: "org:us-justice-department", 国土安全部: "org:us-homeland-security", 缉毒局: "org:us-dea",
  邮政局: "org:us-postal-service", 国会: "org:us-congress", 参议院: "org:us-senate", 众议院: "org:us-house", 中央情报局: "org:us-cia",
  联邦调查局: "org:us-fbi", 美国贸易代表办公室: "org:ustr", 美国商会: "org:amcham", 上海美国商会: "org:amcham-shanghai",
  联合国: "org:un", 联大: "org:unga", 联合国大会: "org:unga", 安理会: "org:unsc", APEC: "org:apec", 亚太经合组织: "org:apec",
  亚太经济合作组织: "org:apec", 亚太经合会: "org:apec", G20: "org:g20", 二十国集团: "org:g20", G7: "org:g7", 东盟: "org:asean",
  ASEAN: "org:asean", 北约: "org:nato", 欧盟: "org:eu", 世卫: "org:who", 世贸组织: "org:wto", IMF: "org:imf", 国际货币基金组织: "org:imf",
  世界银行: "org:world-bank", 上合组织: "org:sco", 金砖国家: "org:brics",
  路透社: "org:reuters", 美联社: "org:ap", 法新社: "org:afp", 彭博社: "org:bloomberg", 华尔街日报: "org:wsj", 华日: "org:wsj",
  纽约时报: "org:nyt", 华盛顿邮报: "org:washington-post", 金融时报: "org:ft", CNN: "org:cnn", BBC: "org:bbc", 德国之声: "org:dw",
  法广: "org:rfi", RFI: "org:rfi", 美国之音: "org:voa", 自由亚洲电台: "org:rfa", 大纪元: "org:epoch-times", 新唐人: "org:ntd",
  新华社: "org:xinhua", 人民日报: "org:peoples-daily", 环球时报: "org:global-times", 央视: "org:cctv", 联合早报: "org:zaobao",
  南华早报: "org:scmp", 明报: "org:ming-pao", 星岛: "org:sing-tao", 星洲日报: "org:sin-chew", 中央社: "org:cna", 联合报: "org:udn",
  自由时报: "org:ltn", 深圳卫视: "org:shenzhen-tv", 直新闻: "org:zhi-news",
  布鲁金斯学会: "org:brookings", 战略与国际研究中心: "org:csis", 卡内基: "org:carnegie", 外交关系委员会: "org:cfr", 复旦大学: "org:fudan",
  北京大学: "org:pku", 清华大学: "org:tsinghua", 哈佛大学: "org:harvard", 华为: "org:huawei", 英伟达: "org:nvidia", 輝達: "org:nvidia",
  苹果: "org:apple", 特斯拉: "org:tesla", TikTok: "org:tiktok", 抖音: "org:douyin", 字节跳动: "org:bytedance",
};
for (const [name, id] of Object.entries(MUST)) {
  const list = owners.get(norm(name)) ?? [];
  if (!list.some((e) => e.id === id)) fail(`"${name}" should name ${id}, names ${list.map((e) => e.id).join(", ") || "nothing"}`);
}

const fmt = (m) => [...m].map(([k, v]) => `${k} ${v}`).join(", ");
console.log(`places ${places.length} (${fmt(pk)}); organizations ${orgs.length} (${fmt(count(orgs, "kind"))}); titles ${titles.length} (${fmt(count(titles, "kind"))}); names indexed ${owners.size}; required names ${Object.keys(MUST).length}`);
if (!quiet) for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
if (errors.length) {
  console.error(`parley: lexicon check failed with ${errors.length} problem(s); fix the entries named above`);
  process.exit(1);
}
console.log("lexicon places/organizations/titles: ok");

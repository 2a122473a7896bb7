// Rule 7 (whole document): once a name outside the lexicon is found, its other occurrences are mentions too,
// and so is the last part of a joined name: 瑞安·哈斯 … 哈斯表示.
import { simplifiedKey } from "../../lexicon/normalize.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import type { Knowledge } from "../knowledge.ts";
import { NameTrie } from "../trie.ts";
import { claim, free, type Candidate, type SentenceView } from "../view.ts";
import { acceptName } from "./03-lexicon.ts";
import { orgFollows } from "../support.ts";

/** Short forms of joined names (the last part) → the full name, when only one full name has that part. */
export function shortForms(found: readonly Candidate[]): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const c of found) {
    if (c.entry || c.type !== "person" || !c.name.includes("·")) continue;
    const last = c.name.slice(c.name.lastIndexOf("·") + 1);
    if (last.length < 2) continue;
    const prev = out.get(last);
    if (prev !== undefined && prev !== c.name) clash.add(last);
    out.set(last, c.name);
  }
  for (const s of clash) out.delete(s);
  return out;
}

/**
 * Last parts of the lexicon people a document names in full (威廉·伯恩斯 … 伯恩斯会见了王毅), when no
 * other person of the document has the same last part.
 */
export function lexiconShortForms(k: Knowledge, found: readonly Candidate[]): Map<string, LexiconEntry> {
  const out = new Map<string, LexiconEntry>();
  const clash = new Set<string>();
  for (const c of found) {
    if (c.entry?.type !== "person" || c.rule === "leader-pair") continue;
    for (const last of k.lastPartsOf.get(c.entry.id) ?? []) {
      const prev = out.get(last);
      if (prev && prev.id !== c.entry.id) clash.add(last);
      out.set(last, c.entry);
    }
  }
  for (const s of clash) out.delete(s);
  return out;
}

/** Adds the remaining occurrences of the document's own names (rule `same-name` / `short-form`). */
export function sameName(k: Knowledge, views: readonly SentenceView[], found: Candidate[]): void {
  const trie = new NameTrie<{ name: string; rule: string; entry?: LexiconEntry }>();
  for (const c of found) {
    if (c.type !== "person") continue;
    // 多尼倫（Tom Donilon） … 多尼倫說: an outlet's own rendering the English tied to a lexicon person
    if (c.entry) {
      if (c.nameEn && c.name.length >= 2 && k.lookup(c.name).length === 0) trie.add(simplifiedKey(c.name), { name: c.name, rule: "same-name", entry: c.entry });
      continue;
    }
    trie.add(simplifiedKey(c.name), { name: c.name, rule: "same-name" });
  }
  for (const [short, full] of shortForms(found)) trie.add(simplifiedKey(short), { name: full, rule: "short-form" });
  for (const [short, entry] of lexiconShortForms(k, found)) trie.add(short, { name: entry.zh, rule: "short-form", entry });
  if (trie.size === 0) return;
  for (const v of views) {
    const { text } = v;
    for (let i = 0; i < text.length; i++) {
      if (v.taken[i]) continue;
      // the trie's own buffers, longest match first: no array per character of the document
      for (let n = trie.walk(text, i, 20) - 1; n >= 0; n--) {
        const end = trie.ends[n]!;
        if (!free(v, i, end) || !acceptName(k, v, i, end, "person") || orgFollows(v, end)) continue;
        const { name, rule, entry } = trie.vals[n]![0]!;
        found.push({ view: v, start: i, end, type: "person", rule, name, ...(entry && { entry }) });
        claim(v, i, end);
        i = end - 1;
        break;
      }
    }
  }
}

// A character trie over normalized names, walked over running text for longest matches.
import { normalizeCode } from "../lexicon/normalize.ts";

interface Node<V> {
  next: Map<number, Node<V>> | null;
  values: V[] | null;
}

/** A match of a trie key in text: offsets of the first and after the last matched character. */
export interface TrieMatch<V> {
  start: number;
  end: number;
  values: V[];
}

/** Maps normalized keys (see normalizeKey) to values; finds them in text with normalizeCode. */
export class NameTrie<V> {
  private readonly root: Node<V> = { next: null, values: null };
  size = 0;
  /** 1 for every (normalized) character code a key starts with: a fast test before walking. */
  readonly firsts = new Uint8Array(65536);

  /** Adds a value under an already normalized key. */
  add(key: string, value: V): void {
    if (!key) return;
    let node = this.root;
    this.firsts[key.charCodeAt(0)] = 1;
    for (let i = 0; i < key.length; i++) {
      const ch = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(ch);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /**
   * Every match starting at `start`, longest first. Separators inside a name are skipped
   * (安东尼‧布林肯 matches 安东尼布林肯); a match never ends on a separator or a space.
   */
  matchesAt(text: string, start: number, maxLength = 40): TrieMatch<V>[] {
    const first = normalizeCode(text.charCodeAt(start));
    if (first < 0 || this.firsts[first] === 0) return NONE;
    let node = this.root.next?.get(first);
    if (!node || first === 32) return NONE;
    let found: TrieMatch<V>[] | null = null;
    if (node.values) found = [{ start, end: start + 1, values: node.values }];
    let prevSpace = false;
    const limit = Math.min(text.length, start + maxLength);
    for (let i = start + 1; i < limit && node.next; i++) {
      const ch = normalizeCode(text.charCodeAt(i));
      if (ch === -1) continue;
      if (ch === 32 && prevSpace) continue;
      prevSpace = ch === 32;
      const child: Node<V> | undefined = node.next.get(ch);
      if (!child) break;
      node = child;
      if (node.values) (found ??= []).push({ start, end: i + 1, values: node.values });
    }
    return found ? found.reverse() : NONE;
  }
}

/** The shared empty result (callers only read it). */
const NONE: never[] = [];

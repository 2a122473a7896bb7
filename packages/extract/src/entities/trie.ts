// A character trie over normalized names, walked over running text for longest matches.
import { normalizeCode } from "../lexicon/normalize.ts";

interface Node<V> {
  next: Map<number, Node<V>> | null;
  values: V[] | null;
}

/** Maps normalized keys (see normalizeKey) to values; finds them in text with normalizeCode. */
export class NameTrie<V> {
  private readonly root: Node<V> = { next: null, values: null };
  size = 0;
  /** The first level by character code, for large tries: one array read instead of a hash lookup. */
  private readonly firsts: (Node<V> | undefined)[] | null;
  /** Bit `code & 2047` set when a key starts with that code: most characters of running text start none. */
  private readonly firstBits = new Uint8Array(256);

  /** `indexed`: keep a 65536-slot table of first characters (worth it for the lexicon, not for a document's names). */
  constructor(indexed = false) {
    this.firsts = indexed ? new Array<Node<V> | undefined>(65536).fill(undefined) : null;
  }

  /** True when some key may start with this normalized character code. */
  mayStart(code: number): boolean {
    return code >= 0 && this.firstNode(code) !== undefined;
  }

  /** The node of a first character: the bit filter first, then the table or the map. */
  private firstNode(code: number): Node<V> | undefined {
    if ((this.firstBits[(code >> 3) & 255]! & (1 << (code & 7))) === 0) return undefined;
    return this.firsts ? this.firsts[code] : this.root.next?.get(code);
  }

  /** Adds a value under an already normalized key. */
  add(key: string, value: V): void {
    if (!key) return;
    let node = this.root;
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
    const first = key.charCodeAt(0);
    if (this.firsts) this.firsts[first] = this.root.next?.get(first);
    this.firstBits[(first >> 3) & 255]! |= 1 << (first & 7);
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Ends and values of the last `walk`, shortest first (reused buffers: read them before walking again). */
  readonly ends = new Int32Array(64);
  readonly vals: V[][] = [];

  /**
   * Walks the trie from `start` and fills `ends`/`vals` with every match; returns how many (no allocation).
   * Separators inside a name are skipped (安东尼‧布林肯 matches 安东尼布林肯); a match never ends on a
   * separator or a space.
   */
  walk(text: string, start: number, maxLength = 40): number {
    const first = normalizeCode(text.charCodeAt(start));
    if (first < 0 || first === 32) return 0;
    let node = this.firstNode(first);
    if (!node) return 0;
    let n = 0;
    if (node.values) {
      this.ends[n] = start + 1;
      this.vals[n++] = node.values;
    }
    let prevSpace = false;
    const limit = Math.min(text.length, start + maxLength);
    for (let i = start + 1; i < limit && node.next && n < 64; i++) {
      const ch = normalizeCode(text.charCodeAt(i));
      if (ch === -1) continue;
      if (ch === 32 && prevSpace) continue;
      prevSpace = ch === 32;
      const child: Node<V> | undefined = node.next.get(ch);
      if (!child) break;
      node = child;
      if (node.values) {
        this.ends[n] = i + 1;
        this.vals[n++] = node.values;
      }
    }
    return n;
  }
}


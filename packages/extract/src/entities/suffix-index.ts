// A trie of strings read backwards: the longest title or country that ends right before a name.
import { CharSet } from "./data/chars.ts";

/** A trie of strings read backwards, to find the longest one ending at an offset in a few steps. */
export class SuffixIndex<V> {
  private readonly root: { next: Map<number, SuffixNode<V>> } = { next: new Map() };
  /** Last characters of the keys: most offsets of running text end none. */
  private readonly lasts = new CharSet();

  constructor(entries: Iterable<[string, V]>) {
    for (const [key, value] of entries) {
      this.lasts.add(key.charAt(key.length - 1));
      let node: { next: Map<number, SuffixNode<V>> | null } = this.root;
      for (let i = key.length - 1; i >= 0; i--) {
        const c = key.charCodeAt(i);
        node.next ??= new Map();
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: null, value: undefined }));
        node = child;
      }
      (node as SuffixNode<V>).value = value;
    }
  }

  /** The longest (or shortest) key that ends at `at` in text, with its start. */
  endingAt(text: string, at: number, shortest = false): { start: number; value: V } | null {
    if (!this.lasts.hasAt(text, at - 1)) return null;
    let node: SuffixNode<V> | undefined = this.root.next.get(text.charCodeAt(at - 1));
    let best: { start: number; value: V } | null = null;
    for (let i = at - 1; node; ) {
      if (node.value !== undefined) {
        best = { start: i, value: node.value };
        if (shortest && at - i >= 2) return best;
      }
      if (--i < 0 || !node.next) break;
      node = node.next.get(text.charCodeAt(i));
    }
    return best;
  }
}

interface SuffixNode<V> {
  next: Map<number, SuffixNode<V>> | null;
  value: V | undefined;
}

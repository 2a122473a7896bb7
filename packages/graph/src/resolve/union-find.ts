// Disjoint sets over 0..n-1 with path halving and union by size.

/** Union-find over dense integer ids; grows on demand. */
export class UnionFind {
  private parent: number[] = [];
  private size: number[] = [];

  /** Adds a singleton set and returns its id. */
  add(): number {
    const id = this.parent.length;
    this.parent.push(id);
    this.size.push(1);
    return id;
  }

  /** The representative of x's set. */
  find(x: number): number {
    const p = this.parent;
    while (p[x]! !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** Joins the sets of a and b; returns the new root (the larger set's, ties to the smaller index). */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.size[ra]! < this.size[rb]! || (this.size[ra] === this.size[rb] && rb < ra)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return ra;
  }
}

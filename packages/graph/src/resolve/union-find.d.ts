/** Union-find over dense integer ids; grows on demand. */
export declare class UnionFind {
    private parent;
    private size;
    /** Adds a singleton set and returns its id. */
    add(): number;
    /** The representative of x's set. */
    find(x: number): number;
    /** Joins the sets of a and b; returns the new root (the larger set's, ties to the smaller index). */
    union(a: number, b: number): number;
}

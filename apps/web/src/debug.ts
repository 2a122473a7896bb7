// A small handle on window.parley: lets browser tests and the console read state and time a brush update.
import type { Explorer } from "./views/Explorer.ts";
import { parseDay } from "./core/timeline/dates.ts";

/** What window.parley offers. */
export interface DebugHandle {
  explorer: Explorer;
  status(): string;
  /** Sets the date range ("2023-09-01", "2023-09-30"; nulls clear it) and returns the milliseconds it took, render included. */
  setRange(from: string | null, to: string | null): number;
  isNodeVisible(key: string): boolean;
  isEdgeVisible(key: string): boolean;
  counts(): { nodes: number; edges: number; visibleNodes: number; visibleEdges: number };
}

/** Wraps an explorer. */
export function createDebugHandle(explorer: Explorer): DebugHandle {
  const visible = (kind: "nodes" | "edges", key: string): boolean => {
    const m = explorer.model();
    const v = explorer.visibility();
    if (!m || !v) return false;
    const i = (kind === "nodes" ? m.nodeIndex : m.edgeIndex).get(key);
    return i !== undefined && v[kind][i] === 1;
  };
  return {
    explorer,
    status: () => explorer.file().status,
    setRange(from, to) {
      const t0 = performance.now();
      explorer.setRange(from && to ? { from: parseDay(from), to: parseDay(to) } : null);
      return performance.now() - t0;
    },
    isNodeVisible: (key) => visible("nodes", key),
    isEdgeVisible: (key) => visible("edges", key),
    counts() {
      const m = explorer.model();
      const v = explorer.visibility();
      return { nodes: m?.nodeKeys.length ?? 0, edges: m?.edgeKeys.length ?? 0, visibleNodes: v?.visibleNodes ?? 0, visibleEdges: v?.visibleEdges ?? 0 };
    },
  };
}

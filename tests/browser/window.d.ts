// The explorer's window.parley handle as the browser tests see it (mirrors apps/web/src/debug.ts).
export {};

declare global {
  interface Window {
    parley: {
      status(): string;
      setRange(from: string | null, to: string | null): number;
      isNodeVisible(key: string): boolean;
      isEdgeVisible(key: string): boolean;
      counts(): { nodes: number; edges: number; visibleNodes: number; visibleEdges: number };
      explorer: unknown;
    };
  }
}

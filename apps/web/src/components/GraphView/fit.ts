// Frames nodes with sigma's camera alone (no re-indexing), using sigma's own normalization:
// framed = 0.5 + (graph - middle of all nodes) / largest side of all nodes.
import type Sigma from "sigma";
import type { ExplorerModel } from "../../core/graph/model.ts";
import type { Visibility } from "../../core/filters/visibility.ts";

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function grow(b: Box, x: number, y: number): void {
  if (x < b.minX) b.minX = x;
  if (x > b.maxX) b.maxX = x;
  if (y < b.minY) b.minY = y;
  if (y > b.maxY) b.maxY = y;
}

/** Moves the camera so the visible nodes (or all of them) fill the view. */
export function fitCamera(sigma: Sigma, model: ExplorerModel, vis: Visibility, visibleOnly: boolean): void {
  const all: Box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const shown: Box = { ...all };
  model.graph.forEachNode((key, a) => {
    grow(all, a.x, a.y);
    if (!visibleOnly || vis.nodes[model.nodeIndex.get(key)!]) grow(shown, a.x, a.y);
  });
  const side = Math.max(all.maxX - all.minX, all.maxY - all.minY) || 1;
  if (shown.minX > shown.maxX) return void sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  const ratio = Math.min(Math.max((shown.maxX - shown.minX) / side, (shown.maxY - shown.minY) / side, 0.05) * 1.05, 1.2);
  const x = 0.5 + ((shown.minX + shown.maxX) / 2 - (all.minX + all.maxX) / 2) / side;
  const y = 0.5 + ((shown.minY + shown.maxY) / 2 - (all.minY + all.maxY) / 2) / side;
  sigma.getCamera().setState({ x, y, ratio, angle: 0 });
}

// Sigma's settings for the explorer: cheap GL lines and sparse labels for big graphs, dense labels for small ones.
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

/** Above this many edges, edges are 1-pixel GL lines and are hidden while the camera moves. */
export const BIG_GRAPH_EDGES = 20_000;
/** Below this many nodes (a few articles), nearly every node is labelled. */
const SMALL_GRAPH_NODES = 500;
/** The label fonts, Chinese first: the Debian font the browser tests install, then the desktop ones. */
const LABEL_FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** A node reducer as sigma calls it. */
export type NodeReducer = (key: string, data: Partial<NodeDisplayData>) => Partial<NodeDisplayData>;
/** An edge reducer as sigma calls it. */
export type EdgeReducer = (key: string, data: Partial<EdgeDisplayData> & { weight?: unknown }) => Partial<EdgeDisplayData>;

/** The settings of one sigma renderer for a graph of `nodeCount` nodes (`big`: over BIG_GRAPH_EDGES edges). */
export function sigmaSettings(nodeCount: number, big: boolean, nodeReducer: NodeReducer, edgeReducer: EdgeReducer): Partial<Settings> {
  const small = nodeCount < SMALL_GRAPH_NODES;
  return {
    // One program for every edge: big graphs draw cheap GL lines instead of rectangles.
    edgeProgramClasses: { line: big ? EdgeLineProgram : EdgeRectangleProgram },
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    nodeReducer,
    edgeReducer,
    zIndex: true,
    renderEdgeLabels: false,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelRenderedSizeThreshold: small ? 3 : 6,
    labelDensity: small ? 1.5 : 0.5,
    labelGridCellSize: small ? 50 : 100,
    defaultEdgeType: "line",
    allowInvalidContainer: true,
  };
}

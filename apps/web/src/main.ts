// Entry point: mounts the explorer, opens the served build's graph.json, and exposes a small handle for tests.
import "./styles.css";
import { createExplorer } from "./views/Explorer.ts";
import { DEFAULT_GRAPH_URL, fetchGraph } from "./core/file/load.ts";
import { createDebugHandle, type DebugHandle } from "./debug.ts";

declare global {
  interface Window {
    /** The explorer's handle for browser tests and the console. */
    parley: DebugHandle;
  }
}

const root = document.getElementById("app")!;
const explorer = createExplorer(root);
window.parley = createDebugHandle(explorer);
void explorer.load({ kind: "build", name: DEFAULT_GRAPH_URL }, () => fetchGraph(DEFAULT_GRAPH_URL)).then(() => {
  performance.mark("parley:first-render");
});

// The status line: what is loading, what failed and why, and how much of the graph is shown.
import { h } from "../../dom.ts";
import type { FileState } from "../../core/file/status.ts";

/** The handle of a mounted status bar. */
export interface StatusBarHandle {
  setFile(state: FileState): void;
  setCounts(visibleNodes: number, nodes: number, visibleEdges: number, edges: number): void;
}

/** Mounts the status bar into `container`. */
export function createStatusBar(container: HTMLElement): StatusBarHandle {
  const message = h("span", { class: "status-message", attrs: { role: "status" } });
  const counts = h("span", { class: "status-counts" });
  container.append(message, counts);
  return {
    setFile(state) {
      container.dataset.status = state.status;
      if (state.status === "idle") message.textContent = "";
      else if (state.status === "loading") message.textContent = `正在打开 Opening ${state.source.name}…`;
      else if (state.status === "ready") message.textContent = state.source.name;
      else message.textContent = state.message;
    },
    setCounts(vn, n, ve, e) {
      counts.textContent = `${vn} / ${n} 节点 nodes · ${ve} / ${e} 边 edges`;
    },
  };
}

// Drag-and-drop of a graph.json or GEXF file anywhere on the page.
import { h } from "../../dom.ts";

/** Listens for file drops on `target`, shows an overlay while dragging, and hands the first file to `onFile`. */
export function createFileDrop(target: HTMLElement, onFile: (file: File) => void): void {
  const overlay = h("div", { class: "drop-overlay", attrs: { hidden: "" } }, "放下 graph.json 或 GEXF 文件 Drop a graph.json or GEXF file");
  target.append(overlay);
  let depth = 0;
  target.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    depth++;
    overlay.hidden = false;
  });
  target.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  target.addEventListener("dragover", (e) => e.preventDefault());
  target.addEventListener("drop", (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}

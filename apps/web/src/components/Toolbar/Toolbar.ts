// The toolbar: open a file, switch view, start/stop a layout, export GEXF and PNG.
import { h } from "../../dom.ts";
import { VIEWS } from "../../core/filters/collection.ts";
import type { ViewId } from "../../core/filters/state.ts";
import { LAYOUTS, type LayoutDefinition } from "../../core/layout/collection.ts";

/** What the toolbar asks the explorer to do. */
export interface ToolbarCallbacks {
  onOpenFile(file: File): void;
  onView(view: ViewId): void;
  /** Starts or stops a layout; returns whether it is running now. */
  onLayout(layout: LayoutDefinition): boolean;
  onExportGexf(): void;
  onExportPng(): void;
}

/** The handle of a mounted toolbar. */
export interface ToolbarHandle {
  setView(view: ViewId): void;
  setLayoutRunning(id: string | null): void;
}

/** Mounts the toolbar into `container`. */
export function createToolbar(container: HTMLElement, callbacks: ToolbarCallbacks): ToolbarHandle {
  const file = h("input", { attrs: { type: "file", accept: ".json,.gexf,.xml,application/json,text/xml", "aria-label": "Open graph file" }, class: "file-input" });
  file.addEventListener("change", () => {
    const f = file.files?.[0];
    if (f) callbacks.onOpenFile(f);
    file.value = "";
  });
  const open = h("button", { attrs: { type: "button" }, on: { click: () => file.click() } }, "打开 Open…");
  const views = VIEWS.map((v) => {
    const input = h("input", { attrs: { type: "radio", name: "view", value: v.id }, on: { change: () => callbacks.onView(v.id) } });
    return { id: v.id, input, label: h("label", { class: "view-option" }, input, v.label) };
  });
  const layouts = LAYOUTS.map((l) => {
    const button = h("button", { attrs: { type: "button" }, dataset: { layout: l.id } }, l.continuous ? `▶ ${l.label}` : l.label);
    button.addEventListener("click", () => callbacks.onLayout(l));
    return { layout: l, button };
  });
  container.append(
    h("span", { class: "brand" }, "Parley"),
    open, file,
    h("span", { class: "views", attrs: { role: "radiogroup", "aria-label": "View" } }, ...views.map((v) => v.label)),
    h("span", { class: "layouts" }, ...layouts.map((l) => l.button)),
    h("button", { attrs: { type: "button" }, dataset: { export: "gexf" }, on: { click: callbacks.onExportGexf } }, "导出 GEXF"),
    h("button", { attrs: { type: "button" }, dataset: { export: "png" }, on: { click: callbacks.onExportPng } }, "导出 PNG"),
  );
  return {
    setView(id) {
      for (const v of views) v.input.checked = v.id === id;
    },
    setLayoutRunning(id) {
      for (const { layout, button } of layouts) {
        if (layout.continuous) button.textContent = `${layout.id === id ? "■" : "▶"} ${layout.label}`;
      }
    },
  };
}

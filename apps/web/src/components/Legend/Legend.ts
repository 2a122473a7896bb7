// The color legend: countries of the people shown, and in the knowledge graph the other node kinds.
import { h, clear } from "../../dom.ts";
import type { ExplorerModel } from "../../core/graph/model.ts";
import type { ViewId } from "../../core/filters/state.ts";
import { COUNTRY_NAMES, KIND_COLORS, KIND_NAMES, countryColor } from "../../core/graph/style.ts";
import type { NodeKind } from "@parley/graph/model";

/** The handle of a mounted legend. */
export interface LegendHandle {
  update(model: ExplorerModel, view: ViewId): void;
}

function row(color: string, text: string, count: number): HTMLElement {
  const swatch = h("span", { class: "swatch" });
  swatch.style.backgroundColor = color;
  return h("li", { dataset: { color } }, swatch, text, h("span", { class: "count" }, String(count)));
}

/** Mounts the legend into `container`. */
export function createLegend(container: HTMLElement): LegendHandle {
  const list = h("ul", { class: "legend" });
  container.append(h("h3", {}, "图例 Legend"), list);
  return {
    update(model, view) {
      clear(list);
      const countries = new Map<string, number>();
      const kinds = new Map<NodeKind, number>();
      model.nodeKeys.forEach((key, i) => {
        const kind = model.nodeKind[i] as NodeKind;
        if (kind === "person") {
          const c = (model.graph.getNodeAttribute(key, "country") as string | null) ?? "";
          countries.set(c, (countries.get(c) ?? 0) + 1);
        } else kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      });
      for (const [c, n] of [...countries].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
        list.append(row(countryColor(c || null), c ? COUNTRY_NAMES[c] ?? c : "国家不详 unknown country", n));
      }
      if (view === "knowledge") for (const [k, n] of kinds) list.append(row(KIND_COLORS[k], KIND_NAMES[k], n));
    },
  };
}

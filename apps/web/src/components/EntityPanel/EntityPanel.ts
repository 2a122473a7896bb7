// The entity panel: roles, country and the entity's meetings, calls and visits in date order, with quotes and links.
import { h, append, clear, externalLink } from "../../dom.ts";
import type { Dossier, DossierEvent, NamedNode } from "../../core/selection/dossier.ts";
import { formatSpan } from "../../core/timeline/dates.ts";
import { COUNTRY_NAMES } from "../../core/graph/style.ts";
import { STATUS_NAMES, TYPE_NAMES, nameOf } from "./labels.ts";

/** The handle of a mounted panel. */
export interface EntityPanelHandle {
  show(dossier: Dossier): void;
  hide(): void;
  element: HTMLElement;
}

/** Mounts the panel; clicking a counterpart calls `onOpen`, the close button `onClose`. */
export function createEntityPanel(container: HTMLElement, onOpen: (key: string) => void, onClose: () => void): EntityPanelHandle {
  const element = h("aside", { class: "entity-panel", attrs: { "aria-live": "polite", hidden: "" } });
  container.append(element);

  const nodeButton = (n: NamedNode): HTMLElement =>
    h("button", { class: "link-button", attrs: { type: "button" }, dataset: { key: n.key }, on: { click: () => onOpen(n.key) } }, n.label);

  const eventItem = (e: DossierEvent): HTMLElement =>
    h("li", { class: e.visible ? "event" : "event outside", dataset: { event: e.key } },
      h("div", { class: "event-head" },
        h("time", { class: "event-date" }, formatSpan(e.start, e.end)),
        h("span", { class: "event-type" }, nameOf(TYPE_NAMES, e.type)),
        h("span", { class: `event-status status-${e.status ?? "unknown"}` }, nameOf(STATUS_NAMES, e.status)),
        e.confidence === null ? null : h("span", { class: "event-confidence", attrs: { title: "置信度 confidence: the model's estimate that the articles report this event as shown" } }, `置信度 ${Math.round(e.confidence * 100)}%`),
        e.visible ? null : h("span", { class: "event-hidden" }, "（不在当前筛选内 outside the filter）")),
      e.places.length ? h("div", { class: "event-place" }, "地点 Place: ", ...e.places.map(nodeButton)) : null,
      e.counterparts.length ? h("div", { class: "event-with" }, "对象 With: ", ...e.counterparts.map(nodeButton)) : null,
      h("ul", { class: "sources" }, ...e.sources.map((s) =>
        h("li", { class: "source" },
          h("blockquote", { class: "quote" }, s.quote),
          h("div", { class: "cite" }, "— ", externalLink(s.url, s.title ?? s.document), s.outlet ? ` (${s.outlet})` : null,
            s.status !== e.status || s.from !== e.start ? ` · ${nameOf(STATUS_NAMES, s.status)} ${formatSpan(s.from, s.to)}` : null)))));

  return {
    element,
    show(d) {
      clear(element);
      const countryName = d.country ? COUNTRY_NAMES[d.country] ?? d.country : "国家不详 unknown";
      append(element,
        h("button", { class: "close", attrs: { type: "button", "aria-label": "Close" }, on: { click: onClose } }, "×"),
        h("h2", {}, d.label),
        h("p", { class: "country" }, "国家 Country: ", countryName),
        d.roles.length ? h("ul", { class: "roles" }, ...d.roles.map((r) => h("li", {}, r))) : null,
        d.aliases.length ? h("p", { class: "aliases" }, "别名 Aliases: ", d.aliases.join(" · ")) : null,
        h("h3", {}, `会见、通话与访问 Meetings, calls and visits (${d.events.length})`),
        d.events.length ? h("ol", { class: "events" }, ...d.events.map(eventItem)) : h("p", {}, "没有事件 No events"),
      );
      element.hidden = false;
      element.scrollTop = 0;
    },
    hide() {
      element.hidden = true;
      clear(element);
    },
  };
}

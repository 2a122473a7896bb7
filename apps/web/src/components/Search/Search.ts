// The search box: suggestions over every alias; Enter or a click opens the entity's panel.
import { h, clear } from "../../dom.ts";
import type { SearchIndex, Suggestion } from "../../core/search/index.ts";

/** The handle of a mounted search box. */
export interface SearchHandle {
  setIndex(index: SearchIndex): void;
  input: HTMLInputElement;
}

/** Mounts the search box; `onChoose` receives the chosen node key. */
export function createSearch(container: HTMLElement, onChoose: (key: string) => void): SearchHandle {
  const input = h("input", {
    class: "search-input",
    attrs: { type: "search", placeholder: "搜索人物 Search people: 布林肯 / Blinken / bulinken", "aria-label": "Search", autocomplete: "off", role: "combobox", "aria-controls": "suggestions", "aria-expanded": "false" },
  });
  const list = h("ul", { class: "suggestions", attrs: { id: "suggestions", role: "listbox" } });
  container.append(input, list);
  let index: SearchIndex | null = null;
  let items: Suggestion[] = [];
  let active = 0;

  const render = (): void => {
    clear(list);
    items.forEach((s, i) => {
      const li = h("li", {
        attrs: { role: "option", "aria-selected": String(i === active) },
        dataset: { key: s.key },
        on: { mousedown: (e) => (e.preventDefault(), choose(i)) },
      }, h("span", { class: "suggestion-label" }, s.label), s.matched !== s.label ? h("span", { class: "suggestion-alias" }, s.matched) : null);
      list.append(li);
    });
    input.setAttribute("aria-expanded", String(items.length > 0));
  };
  const choose = (i: number): void => {
    const s = items[i];
    if (!s) return;
    items = [];
    render();
    input.value = s.label;
    onChoose(s.key);
  };
  input.addEventListener("input", () => {
    items = index ? index.search(input.value) : [];
    active = 0;
    render();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") active = Math.min(active + 1, items.length - 1);
    else if (e.key === "ArrowUp") active = Math.max(active - 1, 0);
    else if (e.key === "Enter") {
      if (!items.length && index) items = index.search(input.value);
      return choose(active);
    } else if (e.key === "Escape") items = [];
    else return;
    e.preventDefault();
    render();
  });
  input.addEventListener("blur", () => setTimeout(() => ((items = []), render()), 100));
  return {
    input,
    setIndex(next) {
      index = next;
    },
  };
}

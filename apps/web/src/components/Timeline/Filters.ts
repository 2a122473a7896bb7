// Checkboxes for event types and statuses, generated from the values the graph holds.
import { h, clear } from "../../dom.ts";
import { STATUS_NAMES, TYPE_NAMES, nameOf } from "../EntityPanel/labels.ts";

/** The handle of the type and status checkboxes. */
export interface EventFiltersHandle {
  update(types: string[], statuses: string[], hiddenTypes: Set<string>, hiddenStatuses: Set<string>): void;
}

/** Mounts the checkboxes; `onToggle` receives the group, the value and whether it is now shown. */
export function createEventFilters(container: HTMLElement, onToggle: (group: "type" | "status", value: string, shown: boolean) => void): EventFiltersHandle {
  const types = h("fieldset", { class: "filter-group" });
  const statuses = h("fieldset", { class: "filter-group" });
  container.append(types, statuses);
  const fill = (box: HTMLElement, legend: string, group: "type" | "status", values: string[], hidden: Set<string>, names: Record<string, string>): void => {
    clear(box);
    box.append(h("legend", {}, legend));
    for (const value of values) {
      const input = h("input", { attrs: { type: "checkbox", name: group, value }, on: { change: () => onToggle(group, value, input.checked) } });
      input.checked = !hidden.has(value);
      box.append(h("label", {}, input, nameOf(names, value)));
    }
  };
  return {
    update(typeValues, statusValues, hiddenTypes, hiddenStatuses) {
      fill(types, "类型 Type", "type", typeValues, hiddenTypes, TYPE_NAMES);
      fill(statuses, "状态 Status", "status", statusValues, hiddenStatuses, STATUS_NAMES);
    },
  };
}

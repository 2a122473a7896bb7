// The explorer page: wires the file state, the model, the filters and every component together.
import type Graph from "graphology";
import { h } from "../dom.ts";
import { type FileState, type GraphSource, IDLE } from "../core/file/status.ts";
import type { ExplorerModel } from "../core/graph/model.ts";
import { prepareGraph } from "../core/graph/prepare.ts";
import { type FilterState, type ViewId, filterState } from "../core/filters/state.ts";
import { viewById } from "../core/filters/collection.ts";
import { type Visibility, computeVisibility } from "../core/filters/visibility.ts";
import { histogram } from "../core/timeline/histogram.ts";
import type { DayRange } from "../core/timeline/dates.ts";
import { buildSearchIndex } from "../core/search/index.ts";
import { loadFolders } from "../core/search/loaders.ts";
import { dossier } from "../core/selection/dossier.ts";
import { createLayoutControl } from "../core/layout/control.ts";
import { viewToGexf } from "../core/export/gexf.ts";
import { viewToPng } from "../core/export/png.ts";
import { download } from "../core/export/download.ts";
import { createGraphView } from "../components/GraphView/GraphView.ts";
import { createLegend } from "../components/Legend/Legend.ts";
import { createSearch } from "../components/Search/Search.ts";
import { createEntityPanel } from "../components/EntityPanel/EntityPanel.ts";
import { createTimeline } from "../components/Timeline/Timeline.ts";
import { createEventFilters } from "../components/Timeline/Filters.ts";
import { createToolbar } from "../components/Toolbar/Toolbar.ts";
import { createFileDrop } from "../components/FileDrop/FileDrop.ts";
import { createStatusBar } from "../components/StatusBar/StatusBar.ts";
import { readGraphFile } from "../core/file/load.ts";

/** The explorer as the page (and the browser tests) drive it. */
export interface Explorer {
  load(source: GraphSource, get: () => Promise<Graph>): Promise<void>;
  file(): FileState;
  model(): ExplorerModel | null;
  visibility(): Visibility | null;
  filters(): FilterState;
  setRange(range: DayRange | null): void;
  setView(view: ViewId): void;
  open(key: string | null): void;
  renderer(): ReturnType<ReturnType<typeof createGraphView>["renderer"]>;
}

/** Builds the page inside `root`. */
export function createExplorer(root: HTMLElement): Explorer {
  const toolbarEl = h("header", { class: "toolbar" });
  const searchEl = h("div", { class: "search" });
  const graphEl = h("div", { class: "graph", attrs: { id: "graph" } });
  const sideEl = h("div", { class: "side" });
  const legendEl = h("div", { class: "legend-box" });
  const timelineEl = h("footer", { class: "timeline" });
  const filtersEl = h("div", { class: "event-filters" });
  const statusEl = h("div", { class: "status-bar" });
  root.append(toolbarEl, h("main", { class: "body" }, graphEl, h("div", { class: "side-column" }, searchEl, sideEl, legendEl)), timelineEl, statusEl);

  let file: FileState = IDLE;
  let model: ExplorerModel | null = null;
  let vis: Visibility | null = null;
  let filters = filterState();
  let selected: string | null = null;
  let hist: ReturnType<typeof histogram> = null;

  const status = createStatusBar(statusEl);
  const setFile = (next: FileState): void => {
    file = next;
    status.setFile(next);
    root.dataset.status = next.status;
  };
  const graphView = createGraphView(graphEl, { onClickNode: (key) => explorer.open(key) });
  const legend = createLegend(legendEl);
  const search = createSearch(searchEl, (key) => explorer.open(key));
  const panel = createEntityPanel(sideEl, (key) => explorer.open(key), () => explorer.open(null));
  const timeline = createTimeline(timelineEl, (range) => explorer.setRange(range));
  timelineEl.append(filtersEl);
  const eventFilters = createEventFilters(filtersEl, (group, value, shown) => {
    const set = new Set(group === "type" ? filters.hiddenTypes : filters.hiddenStatuses);
    if (shown) set.delete(value);
    else set.add(value);
    apply(group === "type" ? { hiddenTypes: set } : { hiddenStatuses: set });
  });
  const layouts = createLayoutControl({
    onStart: (l) => (graphView.fit(false), toolbar.setLayoutRunning(l.continuous ? l.id : null)),
    onStop: () => (graphView.fit(true), toolbar.setLayoutRunning(null)),
  });
  const toolbar = createToolbar(toolbarEl, {
    onOpenFile: (f) => void explorer.load({ kind: "file", name: f.name }, () => readGraphFile(f)),
    onView: (v) => explorer.setView(v),
    onLayout: (def) => (model ? layouts.toggle(model.graph, def) : false),
    onExportGexf() {
      if (model && vis) download(new Blob([viewToGexf(model, vis, { size: viewById(filters.view).size })], { type: "application/xml" }), "parley-view.gexf");
    },
    onExportPng() {
      const r = graphView.renderer();
      if (r) void viewToPng(r).then((blob) => download(blob, "parley-view.png"));
    },
  });
  toolbar.setView(filters.view);
  createFileDrop(root, (f) => void explorer.load({ kind: "file", name: f.name }, () => readGraphFile(f)));

  function apply(change: Partial<FilterState>): void {
    filters = { ...filters, ...change };
    if (!model) return;
    vis = computeVisibility(model, filters);
    graphView.update(vis, viewById(filters.view));
    status.setCounts(vis.visibleNodes, model.nodeKeys.length, vis.visibleEdges, model.edgeKeys.length);
    if (selected) panel.show(dossier(model, selected, vis));
  }

  const explorer: Explorer = {
    async load(source, get) {
      setFile({ status: "loading", source });
      let graph: Graph;
      try {
        graph = await get();
      } catch (error) {
        return setFile({ status: "error", source, message: (error as Error).message });
      }
      layouts.stop();
      timeline.stop();
      performance.mark("parley:parsed");
      model = prepareGraph(graph);
      performance.mark("parley:model");
      filters = filterState({ view: filters.view });
      selected = null;
      panel.hide();
      vis = computeVisibility(model, filters);
      graphView.setModel(model, vis, viewById(filters.view));
      performance.mark("parley:rendered");
      legend.update(model, filters.view);
      hist = histogram(model.events);
      timeline.update(hist, null);
      eventFilters.update(uniq(model.events.map((e) => e.type)), uniq(model.events.map((e) => e.status)), filters.hiddenTypes, filters.hiddenStatuses);
      status.setCounts(vis.visibleNodes, model.nodeKeys.length, vis.visibleEdges, model.edgeKeys.length);
      const loaded = model;
      search.setIndex(buildSearchIndex(loaded));
      setFile({ status: "ready", source, graph });
      // Traditional script and pinyin arrive a moment later; the plain index works meanwhile.
      void loadFolders().then((folders) => {
        if (model === loaded) search.setIndex(buildSearchIndex(loaded, folders)), (root.dataset.search = "full");
      });
    },
    file: () => file,
    model: () => model,
    visibility: () => vis,
    filters: () => filters,
    renderer: () => graphView.renderer(),
    setRange(range) {
      apply({ range });
      if (model) timeline.update(hist, range);
    },
    setView(view) {
      toolbar.setView(view);
      apply({ view });
      if (model) legend.update(model, view);
    },
    open(key) {
      selected = key && model?.graph.hasNode(key) ? key : null;
      graphView.select(selected);
      if (selected && model) panel.show(dossier(model, selected, vis));
      else panel.hide();
    },
  };
  return explorer;
}

function uniq(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string"))].sort();
}

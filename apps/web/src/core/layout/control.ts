// Starts and stops the toolbar's layouts: at most one continuous layout runs at a time.
import type Graph from "graphology";
import type { LayoutDefinition, LayoutRunner } from "./collection.ts";

/** What the control tells the view: frame every node while a layout moves them, the visible ones after. */
export interface LayoutHooks {
  onStart(layout: LayoutDefinition): void;
  onStop(): void;
}

/** The layout control of one explorer. */
export interface LayoutControl {
  /** Starts `layout` (or stops it when it is the one running); returns whether a layout runs now. */
  toggle(graph: Graph, layout: LayoutDefinition): boolean;
  stop(): void;
}

/** Creates a control that reports through `hooks`. */
export function createLayoutControl(hooks: LayoutHooks): LayoutControl {
  let running: { layout: LayoutDefinition; runner: LayoutRunner } | null = null;
  const stop = (): void => {
    if (!running) return;
    running.runner.kill();
    running = null;
    hooks.onStop();
  };
  return {
    stop,
    toggle(graph, layout) {
      const same = running?.layout.id === layout.id && running.runner.isRunning();
      stop();
      if (same) return false;
      const runner = layout.create(graph);
      hooks.onStart(layout);
      runner.start();
      if (!layout.continuous) return hooks.onStop(), false;
      running = { layout, runner };
      return true;
    },
  };
}

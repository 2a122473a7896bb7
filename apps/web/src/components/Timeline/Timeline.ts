// The timeline strip: events per month as bars, a brush that picks a date range, and a play button that sweeps it.
import { h, clear } from "../../dom.ts";
import { type DayRange, formatDay, parseDay } from "../../core/timeline/dates.ts";
import { type Histogram, firstWindow, nextWindow } from "../../core/timeline/histogram.ts";
import { svg } from "./svg.ts";

/** The handle of a mounted timeline. */
export interface TimelineHandle {
  update(histogram: Histogram | null, range: DayRange | null): void;
  /** Stops a running sweep. */
  stop(): void;
}

/** Options of the strip. */
export interface TimelineOptions {
  height: number;
  padding: number;
  /** Milliseconds between two steps of the sweep. */
  stepMs: number;
}

/** Defaults: 72 px high, one month every 700 ms. */
export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = { height: 72, padding: 12, stepMs: 700 };

/** Mounts the strip; `onRange` receives every brushed range (null clears it). */
export function createTimeline(container: HTMLElement, onRange: (range: DayRange | null) => void, options: Partial<TimelineOptions> = {}): TimelineHandle {
  const { height, padding, stepMs } = { ...DEFAULT_TIMELINE_OPTIONS, ...options };
  const play = h("button", { class: "play", attrs: { type: "button", "aria-label": "Play" } }, "▶ 播放 Play");
  const from = h("input", { attrs: { type: "date", "aria-label": "From" } });
  const to = h("input", { attrs: { type: "date", "aria-label": "To" } });
  const reset = h("button", { attrs: { type: "button" } }, "全部 All dates");
  const plot = svg("svg", { class: "timeline-plot", height, role: "img", "aria-label": "Events per month" });
  container.append(h("div", { class: "timeline-controls" }, play, from, "–", to, reset), plot);
  let hist: Histogram | null = null;
  let range: DayRange | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  // Read once per draw: reading clientWidth between DOM writes would force a layout per bar.
  let width = 600;
  const measure = (): void => void (width = Math.max(plot.clientWidth || container.clientWidth || 600, 100));
  const x = (day: number): number => !hist ? 0 : padding + ((day - hist.domain.from) / (hist.domain.to + 1 - hist.domain.from)) * (width - 2 * padding);
  const dayAt = (px: number): number => !hist ? 0 : Math.round(hist.domain.from + ((px - padding) / (width - 2 * padding)) * (hist.domain.to + 1 - hist.domain.from));

  const draw = (): void => {
    measure();
    clear(plot);
    from.value = range ? formatDay(range.from) : "";
    to.value = range ? formatDay(range.to) : "";
    if (!hist) return;
    const barTop = 4;
    const barHeight = height - 22;
    for (const b of hist.bins) {
      const bh = hist.max ? (b.count / hist.max) * barHeight : 0;
      const inside = !range || (b.from <= range.to && b.to >= range.from);
      const month = formatDay(b.from).slice(0, 7);
      plot.append(svg("rect", { class: inside ? "bar" : "bar outside", x: x(b.from) + 0.5, width: Math.max(x(b.to + 1) - x(b.from) - 1, 1), y: barTop + barHeight - bh, height: bh, "data-month": month, "data-count": b.count }));
      if (month.endsWith("-01") || b === hist.bins[0] || hist.bins.length <= 24) {
        plot.append(svg("text", { x: x(b.from) + 2, y: height - 6, class: "tick" }, hist.bins.length <= 24 && !month.endsWith("-01") && b !== hist.bins[0] ? month.slice(5) : month));
      }
    }
    if (range) plot.append(svg("rect", { class: "brush", x: x(range.from), width: Math.max(x(range.to + 1) - x(range.from), 1), y: 0, height: height - 18 }));
  };

  const emit = (next: DayRange | null): void => {
    range = next;
    draw();
    onRange(next);
  };

  let dragStart: number | null = null;
  let pending: DayRange | null = null;
  let frame = 0;
  plot.addEventListener("pointerdown", (e) => {
    if (!hist) return;
    plot.setPointerCapture(e.pointerId);
    dragStart = e.offsetX;
  });
  plot.addEventListener("pointermove", (e) => {
    if (dragStart === null || Math.abs(e.offsetX - dragStart) < 3) return;
    const a = dayAt(Math.min(dragStart, e.offsetX));
    const b = dayAt(Math.max(dragStart, e.offsetX));
    pending = { from: a, to: Math.max(a, b - 1) };
    // One filter pass per frame, however fast the pointer moves.
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), pending && emit(pending)));
  });
  plot.addEventListener("pointerup", (e) => {
    if (dragStart === null) return;
    const moved = Math.abs(e.offsetX - dragStart) >= 3;
    dragStart = null;
    if (frame) cancelAnimationFrame(frame), (frame = 0);
    if (moved && pending) emit(pending);
    else emit(null);
    pending = null;
  });
  const typed = (): void => {
    const a = parseDay(from.value);
    const b = parseDay(to.value);
    if (Number.isNaN(a) && Number.isNaN(b)) return emit(null);
    emit({ from: Number.isNaN(a) ? hist?.domain.from ?? b : a, to: Number.isNaN(b) ? hist?.domain.to ?? a : b });
  };
  from.addEventListener("change", typed);
  to.addEventListener("change", typed);
  reset.addEventListener("click", () => emit(null));

  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = "▶ 播放 Play";
  };
  play.addEventListener("click", () => {
    if (timer || !hist) return stop();
    const domain = hist.domain;
    emit(firstWindow(domain, range));
    play.textContent = "■ 停止 Stop";
    timer = setInterval(() => {
      const next = range ? nextWindow(range, domain) : null;
      if (next) emit(next);
      else stop();
    }, stepMs);
  });
  new ResizeObserver(() => draw()).observe(plot);

  return {
    update(nextHist, nextRange) {
      hist = nextHist;
      range = nextRange;
      draw();
    },
    stop,
  };
}

// The current view as PNG: sigma's canvas layers composited onto one canvas, on a white background.
import type Sigma from "sigma";

/** Options of the PNG export. */
export interface PngOptions {
  background: string;
  /** Layers to leave out (the mouse layer is never drawn). */
  skip: string[];
}

/** White background; skip the mouse-capture layer. */
export const DEFAULT_PNG_OPTIONS: PngOptions = { background: "#ffffff", skip: ["mouse"] };

/** Renders now and composites every layer in the same task, while the WebGL buffers still hold the frame. */
export function compositeCanvas(renderer: Sigma, options: Partial<PngOptions> = {}): HTMLCanvasElement {
  const { background, skip } = { ...DEFAULT_PNG_OPTIONS, ...options };
  renderer.refresh();
  const layers = renderer.getCanvases();
  const first = Object.values(layers)[0];
  const out = document.createElement("canvas");
  out.width = first?.width ?? 1;
  out.height = first?.height ?? 1;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const [id, canvas] of Object.entries(layers)) {
    if (skip.includes(id)) continue;
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

/** The composite as a PNG Blob. */
export function viewToPng(renderer: Sigma, options: Partial<PngOptions> = {}): Promise<Blob> {
  const canvas = compositeCanvas(renderer, options);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("parley: the browser could not encode the PNG; try a smaller window"))), "image/png"),
  );
}

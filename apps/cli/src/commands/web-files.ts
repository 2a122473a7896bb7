// The explorer's files: vite builds apps/web/dist when it is stale, and paths are served only from inside a root.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createReadStream } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".gexf": "application/xml; charset=utf-8",
  ".xml": "application/xml; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
  ".ico": "image/x-icon", ".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8", ".map": "application/json",
};

async function newestMtime(path: string): Promise<number> {
  const s = await stat(path).catch(() => null);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === "node_modules" || entry === "dist" || entry.startsWith(".")) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

/** Builds apps/web/dist with vite's build() when it is missing or older than the sources; returns the dist path. */
export async function ensureWebBuild(webRoot: string, log: (line: string) => void = () => undefined): Promise<string> {
  const dist = join(webRoot, "dist");
  const built = (await stat(join(dist, "index.html")).catch(() => null))?.mtimeMs ?? 0;
  const sources = Math.max(
    ...(await Promise.all(["src", "index.html", "vite.config.ts", "package.json"].map((p) => newestMtime(join(webRoot, p))))),
    await newestMtime(resolve(webRoot, "../../packages/graph/src")),
  );
  if (built && built >= sources) return dist;
  log("parley: building the explorer (apps/web) …");
  const { build } = await import("vite");
  // Build beside dist and swap it in, so concurrent servers never see half a build.
  const tmp = join(webRoot, `.dist-${process.pid}-${Date.now()}`);
  await build({ root: webRoot, configFile: join(webRoot, "vite.config.ts"), logLevel: "warn", build: { outDir: tmp, emptyOutDir: true } });
  await rm(dist, { recursive: true, force: true });
  await rename(tmp, dist).catch(async () => rm(tmp, { recursive: true, force: true }));
  return dist;
}

/** Maps a URL path into `root`; null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const full = resolve(root, "." + sep + decoded.replace(/^[/\\]+/, ""));
  return full === root || full.startsWith(root + sep) ? full : null;
}

/** Streams a file (a directory's index.html) with its type, or answers 404. */
export async function sendFile(req: IncomingMessage, res: ServerResponse, path: string | null): Promise<void> {
  let file = path;
  const s = file ? await stat(file).catch(() => null) : null;
  if (s?.isDirectory()) file = join(file!, "index.html");
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("parley: not found\n");
    return;
  }
  res.writeHead(200, {
    "content-type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": info.size,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") return void res.end();
  createReadStream(file).pipe(res);
}

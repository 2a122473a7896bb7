// `parley serve <out-dir> [--port N] [--host H]`: serves the explorer (apps/web/dist, built on demand) and <out-dir> as ./data/.
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureWebBuild, resolveInside, sendFile } from "./web-files.ts";

/** Options of the explorer server. */
export interface ServeOptions {
  /** The build to serve: its graph.json is the page's ./data/graph.json. */
  outDir: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** The explorer's sources (apps/web); dist/ inside is built when missing or stale. */
  webRoot: string;
  /** Ports to try after a busy one before giving up. */
  portAttempts: number;
  log: (line: string) => void;
}

/** Defaults: port 4317 on localhost, the web app next to this package. */
export const DEFAULT_SERVE_OPTIONS: ServeOptions = {
  outDir: "out",
  port: 4317,
  host: "localhost",
  webRoot: resolve(dirname(fileURLToPath(import.meta.url)), "../../../web"),
  portAttempts: 10,
  log: (line) => console.log(line),
};

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    const onError = (error: Error): void => fail(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const address = server.address();
      ok(typeof address === "object" && address ? address.port : port);
    });
  });
}

/** Starts the server (building the app first if needed); tries the next ports when one is busy. */
export async function startServer(options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const o = { ...DEFAULT_SERVE_OPTIONS, ...options };
  const dataRoot = resolve(o.outDir);
  if (!existsSync(dataRoot)) throw new Error(`parley: cannot serve ${o.outDir}: no such directory; run "parley build <articles> --out ${o.outDir}" first`);
  if (!existsSync(join(dataRoot, "graph.json"))) o.log(`parley: warning: ${join(o.outDir, "graph.json")} is missing; the explorer will ask for a file`);
  const webRoot = resolve(await ensureWebBuild(resolve(o.webRoot), o.log));
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405, { allow: "GET, HEAD" }).end();
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const data = path.startsWith("/data/");
    void sendFile(req, res, resolveInside(data ? dataRoot : webRoot, data ? path.slice("/data".length) : path)).catch(() => res.destroy());
  });
  let port = o.port;
  for (let attempt = 0; ; attempt++) {
    try {
      port = await listen(server, port, o.host);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EADDRINUSE" || o.port === 0 || attempt + 1 >= o.portAttempts) {
        throw new Error(code === "EADDRINUSE"
          ? `parley: ports ${o.port}-${port} are busy; choose another with --port N`
          : `parley: cannot listen on ${o.host}:${port}: ${(error as Error).message}`);
      }
      port++;
    }
  }
  const shownHost = o.host === "0.0.0.0" || o.host === "::" ? "localhost" : o.host;
  return {
    url: `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${port}/`,
    port,
    server,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** Reads `<out-dir> [--port N] [--host H]`; returns the options or a usage error. */
export function parseServeArgs(argv: string[]): Partial<ServeOptions> | string {
  const out: Partial<ServeOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") ? arg.split("=", 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === "--port") {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) return "parley serve: --port needs a number from 0 to 65535";
      out.port = port;
    } else if (flag === "--host") {
      const host = value();
      if (!host) return "parley serve: --host needs a host name or address";
      out.host = host;
    } else if (arg.startsWith("-")) return `parley serve: unknown option ${arg}`;
    else if (out.outDir) return `parley serve: one <out-dir> only (got ${out.outDir} and ${arg})`;
    else out.outDir = arg;
  }
  if (!out.outDir) return "usage: parley serve <out-dir> [--port N] [--host H]";
  return out;
}

/** `parley serve`: runs until Ctrl-C; returns the exit code. */
export async function runServe(argv: string[]): Promise<number> {
  const parsed = parseServeArgs(argv);
  if (typeof parsed === "string") {
    console.error(parsed);
    return 2;
  }
  let running: RunningServer;
  try {
    running = await startServer(parsed);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  console.log(`Parley explorer: ${running.url}`);
  return new Promise<number>((done) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void running.close().then(() => done(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

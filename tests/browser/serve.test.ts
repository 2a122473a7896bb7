// `parley serve`: arguments, paths that must not leave the two roots, MIME types and busy ports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { parseServeArgs } from "../../apps/cli/src/commands/serve.ts";
import { resolveInside } from "../../apps/cli/src/commands/web-files.ts";
import { serveGraph } from "./harness.ts";

const FIXTURE = new URL("./fixtures/sample-graph.json", import.meta.url).pathname;

describe("serve", () => {
  it.each([
    [["out"], { outDir: "out" }],
    [["out", "--port", "8080"], { outDir: "out", port: 8080 }],
    [["--port=0", "out", "--host", "0.0.0.0"], { outDir: "out", port: 0, host: "0.0.0.0" }],
  ])("should read %j", (argv, options) => {
    expect(parseServeArgs(argv)).toEqual(options);
  });

  it.each([[[]], [["out", "--port", "七十"]], [["out", "--verbose"]], [["a", "b"]]])("should refuse %j with a message", (argv) => {
    expect(parseServeArgs(argv)).toMatch(/parley serve|usage/);
  });

  it.each([
    ["/graph.json", "/srv/out/graph.json"],
    ["/%E7%8E%8B%E6%AF%85.json", "/srv/out/王毅.json"],
    ["/../etc/passwd", null],
    ["/..%2f..%2fetc/passwd", null],
    ["/a/../../out2/x", null],
    ["/%00", null],
  ])("should map %s inside the root to %s", (path, expected) => {
    expect(resolveInside("/srv/out", path)).toBe(expected);
  });

  describe("server", () => {
    let server: Awaited<ReturnType<typeof serveGraph>>;
    beforeAll(async () => {
      server = await serveGraph(FIXTURE);
    });
    afterAll(async () => {
      await server?.close();
    });

    it.each([
      ["", 200, "text/html"],
      ["data/graph.json", 200, "application/json"],
      ["assets/", 404, "text/plain"],
      ["data/%2e%2e/%2e%2e/etc/passwd", 404, "text/plain"],
    ])("should answer /%s with %i %s", async (path, status, type) => {
      const response = await fetch(server.url + path);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toContain(type);
    });

    it("should try the next port when one is busy", async () => {
      const blocker = createServer();
      await new Promise<void>((ok) => blocker.listen(0, "127.0.0.1", ok));
      const busy = (blocker.address() as { port: number }).port;
      const { startServer } = await import("../../apps/cli/src/commands/serve.ts");
      const next = await startServer({ outDir: server.outDir, port: busy, host: "127.0.0.1", log: () => undefined });
      expect(next.port).toBeGreaterThan(busy);
      await next.close();
      blocker.close();
    });
  });
});

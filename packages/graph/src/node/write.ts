// Node-only: writes chunked output (GEXF, graph.json) to a file, waiting on the stream's backpressure.
import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** Writes an iterable of string chunks to a file, pausing whenever the stream asks to. */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { encoding: "utf8" });
  const failed = once(out, "error").then(([err]) => {
    throw new Error(`parley: cannot write ${path}: ${(err as Error).message}; check the folder exists and is writable`);
  });
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk)) await Promise.race([once(out, "drain"), failed]);
    }
    out.end();
    await Promise.race([once(out, "finish"), failed]);
  } finally {
    out.destroy();
  }
}

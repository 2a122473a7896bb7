import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IngestError } from "./errors.ts";
import { loadDocuments, readDocument, type LoadResult } from "./load.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "parley-load-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ARTICLE = "王毅访问华盛顿\n\n王毅周四抵达华盛顿，将与布林肯会谈。\n";

async function collect(inputs: string[]): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const r of loadDocuments(inputs)) out.push(r);
  return out;
}

async function folder(name: string): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  return path;
}

describe("load", () => {
  it("should skip each bad input with one reason and read the rest", async () => {
    const bad = await folder("bad");
    await writeFile(join(bad, "a-good.txt"), ARTICLE);
    await writeFile(join(bad, "empty.txt"), "");
    await writeFile(join(bad, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    // a 50 MB sparse file: skipped by its size, never read
    const big = await open(join(bad, "huge.txt"), "w");
    await big.truncate(50 * 1024 * 1024);
    await big.close();
    await writeFile(join(bad, "truncated.html"), "<html><body><p>王毅周四抵达华盛顿。</p><p>双方会谈<a href=\"http");
    await writeFile(join(bad, "invalid.txt"), Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff, 0xfe]), Buffer.from("双方同意继续沟通。")]));
    await symlink(join(bad, "missing.txt"), join(bad, "dangling.txt"));
    const results = await collect([bad]);
    const byName = new Map(results.map((r) => [(r.kind === "document" ? r.document.path : r.path).split("/").pop(), r]));
    expect(results.map((r) => r.kind)).toEqual(["document", "skipped", "skipped", "skipped", "skipped", "document", "document"]);
    expect(byName.get("dangling.txt")).toMatchObject({ kind: "skipped", reason: expect.stringContaining("ENOENT") });
    expect(byName.get("empty.txt")).toMatchObject({ kind: "skipped", reason: "empty file" });
    expect(byName.get("huge.txt")).toMatchObject({ kind: "skipped", reason: expect.stringMatching(/50\.0 MB, over maxBytes \(20\.0 MB\)/) });
    expect(byName.get("image.md")).toMatchObject({ kind: "skipped", reason: "binary data, not text" });
    const invalid = byName.get("invalid.txt");
    expect(invalid?.kind === "document" && invalid.warnings).toEqual(["2 invalid UTF-8 bytes replaced"]);
    const truncated = byName.get("truncated.html");
    expect(truncated?.kind === "document" && truncated.document.paragraphs.map((p) => p.text)).toEqual(["王毅周四抵达华盛顿。", "双方会谈"]);
  });

  it("should throw a typed IngestError from readDocument (a folder named x.md, a missing file)", async () => {
    const x = await folder("errors/x.md");
    await expect(readDocument(x)).rejects.toThrow(IngestError);
    await expect(readDocument(x)).rejects.toMatchObject({ path: x, reason: expect.stringContaining("EISDIR") });
    await expect(readDocument(join(dir, "nope.txt"))).rejects.toMatchObject({ reason: expect.stringContaining("ENOENT") });
    await expect(readDocument(join(dir, "nope.txt"))).rejects.toThrow(/^parley: cannot read .*nope\.txt: ENOENT/);
  });

  it("should report a symlink loop once and not follow it", async () => {
    const loop = await folder("loop/sub");
    await writeFile(join(loop, "a.txt"), ARTICLE);
    await symlink("..", join(loop, "up"));
    const results = await collect([join(dir, "loop")]);
    expect(results.filter((r) => r.kind === "document")).toHaveLength(1);
    const skipped = results.filter((r) => r.kind === "skipped");
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ reason: expect.stringContaining("symlink loop") });
  });

  it("should walk folders in sorted order, skip hidden and non-article files, and make ids unique", async () => {
    const tree = await folder("tree/b");
    await folder("tree/a");
    await writeFile(join(dir, "tree/a/x.txt"), ARTICLE);
    await writeFile(join(dir, "tree/b/x.md"), ARTICLE);
    await writeFile(join(dir, "tree/x.html"), `<p>${ARTICLE}</p>`);
    await writeFile(join(dir, "tree/.hidden.txt"), ARTICLE);
    await writeFile(join(dir, "tree/photo.jpg"), "not an article");
    void tree;
    const results = await collect([join(dir, "tree")]);
    const docs = results.flatMap((r) => (r.kind === "document" ? [r.document] : []));
    expect(results).toHaveLength(3);
    expect(docs.map((d) => [d.id, d.path])).toEqual([
      ["x", join(dir, "tree/a/x.txt")],
      ["x-2", join(dir, "tree/b/x.md")],
      ["x-3", join(dir, "tree/x.html")],
    ]);
  });

  it("should read a folder reached twice through a symlink only once", async () => {
    const twice = await folder("twice/real");
    await writeFile(join(twice, "a.txt"), ARTICLE);
    await symlink(twice, join(dir, "twice/zlink"));
    const results = await collect([join(dir, "twice")]);
    expect(results.map((r) => r.kind)).toEqual(["document", "skipped"]);
    expect(results[1]).toMatchObject({ reason: expect.stringContaining("same folder as") });
  });

  it("should accept files and folders together and report a missing input", async () => {
    await writeFile(join(dir, "one.txt"), ARTICLE);
    const results = await collect([join(dir, "one.txt"), join(dir, "absent")]);
    expect(results.map((r) => r.kind)).toEqual(["document", "skipped"]);
  });
});

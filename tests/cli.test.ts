// The `parley` command as a user runs it: help, usage errors, exit codes, a build on bad input.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parley as run } from "./scoring.ts";

describe("parley CLI", () => {
  it("should print help and exit 0", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/build/);
    expect(r.stdout).toMatch(/query/);
    expect(r.stdout).toMatch(/serve/);
  });

  it("should print a command's help", () => {
    const r = run("build", "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--out DIR/);
  });

  it("should exit 2 on an unknown command or a usage error", () => {
    expect(run("frobnicate").status).toBe(2);
    const r = run("build");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/name at least one file or folder/);
    expect(run("build", "seeds", "--nope").status).toBe(2);
  });

  it("should skip a bad file with one line naming it, keep the others, and exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
    writeFileSync(join(dir, "empty.md"), "");
    writeFileSync(join(dir, "binary.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    writeFileSync(join(dir, "good.md"), "# 王毅会见布林肯\n\n2023年10月26日，王毅在华盛顿会见美国国务卿布林肯。\n");
    const out = join(dir, "out");
    const r = run("build", dir, "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.md: empty file/);
    expect(r.stderr).toMatch(/binary\.md: .*binary/);
    expect(r.stderr).toMatch(/read 1 documents, skipped 2/);
    const timeline = JSON.parse(readFileSync(join(out, "timeline.json"), "utf8"));
    expect(timeline.documents).toHaveLength(1);
    expect(timeline.documents[0].title).toBe("王毅会见布林肯");
    expect(existsSync(join(out, "graph.json"))).toBe(true);
    expect(existsSync(join(out, "graph.gexf"))).toBe(true);
  });

  it("should recognize a person from a user lexicon, and refuse a bad lexicon with exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-lex-"));
    const person = { id: "person:zhang-xiaoming-example", zh: "章晓明", en: "Zhang Xiaoming", country: "CN", roles: [] };
    writeFileSync(join(dir, "my.json"), JSON.stringify({ people: [person] }));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ people: [{ id: "person:x", en: "X" }] }));
    writeFileSync(join(dir, "a.md"), "# 会见\n\n2023年10月26日，章晓明在北京会见美国国务卿布林肯。\n");
    const out = join(dir, "out");
    expect(run("build", join(dir, "a.md"), "--lexicon", join(dir, "my.json"), "--out", out).status).toBe(0);
    const timeline = JSON.parse(readFileSync(join(out, "timeline.json"), "utf8"));
    expect(timeline.events[0].participants).toContain("person:zhang-xiaoming-example");
    const bad = run("build", join(dir, "a.md"), "--lexicon", join(dir, "bad.json"), "--out", out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/lexicon .*bad\.json: people\[0\] has no "zh"/);
    expect(bad.stderr).not.toMatch(/    at /);
  });
});

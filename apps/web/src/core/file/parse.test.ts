// Opening files: graph.json parses, anything else gets a message that says what to open instead.
import { describe, expect, it } from "vitest";
import { GraphFileError, parseGraphText, sniffFormat } from "./parse.ts";

describe("file/parse", () => {
  it.each([
    ['{"nodes":[]}', "json"],
    ['\uFEFF  {"nodes":[]}', "json"],
    ['<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">', "gexf"],
    ["王毅在26日与27日两天分别与布林肯、沙利文会晤", "unknown"],
    ["<html><body>王毅</body></html>", "unknown"],
  ])("should sniff %s as %s", (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it("should read a graphology export", async () => {
    const g = await parseGraphText("graph.json", JSON.stringify({ options: { type: "mixed" }, nodes: [{ key: "person:wang-yi", attributes: { label: "王毅" } }], edges: [] }));
    expect(g.getNodeAttribute("person:wang-yi", "label")).toBe("王毅");
  });

  it.each([
    ["notes.txt", "王毅在华盛顿会见布林肯", "neither a graph.json"],
    ["graph.json", '{"nodes": [', "broken JSON"],
    ["timeline.json", '{"events": []}', 'without a "nodes" list'],
  ])("should refuse %s with a clear message", async (name, text, message) => {
    await expect(parseGraphText(name, text)).rejects.toThrow(GraphFileError);
    await expect(parseGraphText(name, text)).rejects.toThrow(message);
  });
});

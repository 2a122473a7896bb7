import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";

describe("repository", () => {
  it("should hold the five seed articles", () => {
    expect(readdirSync(new URL("../seeds", import.meta.url)).length).toBe(5);
  });
});

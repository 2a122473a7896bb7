import { describe, expect, it } from "vitest";
import { TextBuilder, toSourceOffset } from "./offsets.ts";

describe("offsets", () => {
  it("should collapse whitespace and map every character back to the source", () => {
    const source = "  王毅\n\n  会晤   布林肯  ";
    const b = new TextBuilder();
    b.append(source, 0);
    const taken = b.take()!;
    // a line break between two hanzi is no word boundary
    expect(taken.text).toBe("王毅会晤 布林肯");
    for (let i = 0; i < taken.text.length; i++) {
      if (taken.text[i] !== " ") expect(source[toSourceOffset({ ...taken }, i)]).toBe(taken.text[i]);
    }
    expect(taken.sourceStart).toBe(2);
    expect(taken.sourceEnd).toBe(source.lastIndexOf("肯") + 1);
  });

  it("should map text after a decoded entity to the right source offset", () => {
    // 中&amp;美会谈
    const b = new TextBuilder();
    b.append("中", 10);
    b.appendAtom("&", 11, 5);
    b.append("美会谈", 16);
    const taken = b.take()!;
    expect(taken.text).toBe("中&美会谈");
    expect(toSourceOffset({ ...taken }, 1)).toBe(11);
    expect(toSourceOffset({ ...taken }, 2)).toBe(16);
    expect(toSourceOffset({ ...taken }, 4)).toBe(18);
  });

  it("should return null from take when only whitespace was appended", () => {
    const b = new TextBuilder();
    b.append(" \n\t\u3000 ", 0);
    expect(b.take()).toBeNull();
  });
});

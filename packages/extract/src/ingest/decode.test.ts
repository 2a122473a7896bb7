import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decode } from "./decode.ts";
import { IngestError } from "./errors.ts";

const SIMPLIFIED = "王毅与布林肯会晤，双方讨论了中美关系和两国元首会晤的安排。";
const TRADITIONAL = "王毅與布林肯會晤，雙方討論了中美關係和兩國元首會晤的安排。";

describe("decode", () => {
  it.each([
    ["utf-8", Buffer.from(SIMPLIFIED, "utf8"), SIMPLIFIED],
    ["utf-8", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, "utf8")]), SIMPLIFIED],
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLIFIED, "utf16le")]), SIMPLIFIED],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SIMPLIFIED, "utf16le").swap16()]), SIMPLIFIED],
    ["gb18030", iconv.encode(SIMPLIFIED, "gb18030"), SIMPLIFIED],
    ["big5", iconv.encode(TRADITIONAL, "big5"), TRADITIONAL],
  ])("should read %s", (encoding, bytes, text) => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
    expect(decoded.warnings).toEqual([]);
  });

  it("should tell short GBK text from Big5 and never guess another encoding", () => {
    expect(decode(iconv.encode("中美会谈", "gbk")).encoding).toBe("gb18030");
    expect(decode(iconv.encode("中美會談", "big5")).encoding).toBe("big5");
  });

  it("should read UTF-8 with a few invalid bytes as UTF-8, with a warning", () => {
    const good = Buffer.from(SIMPLIFIED.repeat(5), "utf8");
    const bytes = Buffer.concat([good.subarray(0, 30), Buffer.from([0xff, 0xfe, 0xc3]), good.subarray(30)]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.warnings).toEqual(["3 invalid UTF-8 bytes replaced"]);
    expect(decoded.text).toContain("王毅与布林肯会晤");
  });

  it("should not count a U+FFFD written in the file as invalid", () => {
    const bytes = Buffer.from(`${SIMPLIFIED}\ufffd`, "utf8");
    expect(decode(bytes).warnings).toEqual([]);
  });

  it("should read UTF-16 without a BOM when ASCII shows the byte order", () => {
    const text = "<p>Wang Yi 王毅 met Blinken 布林肯 on 2023-10-26.</p>";
    const decoded = decode(Buffer.from(text, "utf16le"));
    expect([decoded.encoding, decoded.text]).toEqual(["utf-16le", text]);
    expect(decode(Buffer.from(text, "utf16le").swap16()).encoding).toBe("utf-16be");
  });

  it("should reject binary data naming the path", () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decode(bytes, { path: "x.md" })).toThrow(IngestError);
    expect(() => decode(bytes, { path: "x.md" })).toThrow("parley: cannot read x.md: binary data, not text");
  });
});

import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { expectOffsets, useTempDir } from "./fixtures.ts";

const files = useTempDir("parley-encodings-");
const read = (name: string, content: string | Buffer) => files.read(name, content);

describe("encodings", () => {
  it("should read a Big5 traditional article into simplified paragraphs of the same length", async () => {
    const text = "# 王毅與布林肯會晤\n\n美國國務卿布林肯週四在華盛頓會見中國外長王毅，雙方討論了兩國關係。\n";
    const doc = await read("cna.md", iconv.encode(text, "big5"));
    expect(doc).toMatchObject({ encoding: "big5", script: "traditional", title: "王毅與布林肯會晤" });
    const p = doc.paragraphs[0]!;
    expect(p.simplified).toBe("美国国务卿布林肯周四在华盛顿会见中国外长王毅，双方讨论了两国关系。");
    expect(p.simplified.length).toBe(p.text.length);
    expectOffsets(doc, text);
  });

  it("should read a GB18030 article", async () => {
    const doc = await read("gb.txt", iconv.encode("王毅访问华盛顿\n\n王毅周四抵达华盛顿，将与布林肯会谈。", "gb18030"));
    expect(doc).toMatchObject({ encoding: "gb18030", title: "王毅访问华盛顿", script: "simplified" });
  });

  it("should read UTF-16 with a BOM", async () => {
    const body = "王毅访问华盛顿\n\n王毅周四抵达华盛顿。";
    const le = await read("le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]));
    const be = await read("be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, "utf16le").swap16()]));
    expect([le.encoding, le.title, be.encoding, be.title]).toEqual(["utf-16le", "王毅访问华盛顿", "utf-16be", "王毅访问华盛顿"]);
  });

  it("should tell the language by the share of hanzi and Latin letters", async () => {
    const en = await read("en.txt", "Wang Yi visits Washington\n\nChinese Foreign Minister Wang Yi met Secretary of State Antony Blinken on Thursday.");
    expect([en.lang, en.script]).toEqual(["en", "latin"]);
  });
});

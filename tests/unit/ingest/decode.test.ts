import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";

import { decode } from "../../../src/ingest/decode.ts";
import { messages } from "../../../src/model/index.ts";
import { corpusText, firstLines, smallReportFile } from "../../helpers/corpus.ts";
import { encodeGb18030 } from "../../helpers/gb18030.ts";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const excerpt = firstLines(corpusText(smallReportFile()), 60);
const ruleIds = (bytes: Uint8Array): string[] => decode(bytes).problems.map((p) => p.ruleId);
/** The 8-byte PNG signature, an IHDR chunk and some pixel bytes. */
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff, 0x61,
]);

describe("decode: unusable files", () => {
  test("an empty file has no text and says so", () => {
    const d = decode(new Uint8Array());
    assert.equal(d.text, null);
    assert.deepEqual(ruleIds(new Uint8Array()), ["file-empty"]);
    assert.equal(d.bytes, 0);
  });

  test("whitespace only (including ideographic spaces), or a lone BOM, counts as empty", () => {
    for (const bytes of [utf8(" \n\r\n\t\u3000\n"), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      assert.equal(decode(bytes).text, null);
      assert.deepEqual(ruleIds(bytes), ["file-empty"]);
    }
  });

  test("PNG bytes are binary, and the message says it is an image", () => {
    const d = decode(png);
    assert.equal(d.text, null);
    assert.deepEqual(ruleIds(png), ["file-binary"]);
    assert.match(JSON.stringify(d.problems[0]?.params), /PNG image/);
  });

  test("a file of NUL bytes, or mostly control bytes, is binary", () => {
    assert.deepEqual(ruleIds(new Uint8Array(64)), ["file-binary"]);
    const noisy = new Uint8Array(400).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    assert.deepEqual(ruleIds(noisy), ["file-binary"]);
  });

  test("a few NUL or ESC bytes in a text are not binary: they are left for normalisation", () => {
    const bytes = utf8(`${excerpt.slice(0, 200)}\0\x1b${excerpt.slice(200, 900)}\0${excerpt.slice(900)}`);
    const d = decode(bytes);
    assert.deepEqual(ruleIds(bytes), []);
    assert.equal(d.text?.replaceAll("\0", "").replaceAll("\x1b", ""), excerpt);
  });

  test("form feeds (page breaks) are text", () => {
    const paged = utf8(`第一页\n\f第二页\n`);
    assert.equal(decode(paged).text, "第一页\n\f第二页\n");
    assert.deepEqual(ruleIds(paged), []);
  });
});

describe("decode: documents that are not text say what they are and how to convert them", () => {
  const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
  const zipWith = (member: string): Uint8Array =>
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...ascii(member), 0x00, 0x13, 0x88]);
  const cases: [string, Uint8Array, RegExp, RegExp][] = [
    [
      "PDF",
      new Uint8Array([...ascii("%PDF-1.7\n%"), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
      /PDF document/,
      /pdftotext -layout/,
    ],
    ["Word .docx", zipWith("[Content_Types].xml...word/document.xml"), /Word document \(\.docx\)/, /UTF-8/],
    ["Excel .xlsx", zipWith("xl/workbook.xml"), /Excel workbook/, /UTF-8/],
    ["a plain ZIP", zipWith("report.txt"), /ZIP archive/, /unpack/],
    [
      "old .doc / .wps (OLE)",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /\.doc, \.wps/,
      /save it as plain text/,
    ],
    ["JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...ascii("JFIF")]), /JPEG image/, /PDF or Word/],
    ["GIF", new Uint8Array(ascii("GIF89a\x01\x00\x01\x00")), /GIF image/, /PDF or Word/],
    ["RTF", new Uint8Array(ascii("{\\rtf1\\ansi 中文}")), /RTF document/, /plain text/],
  ];
  for (const [name, bytes, what, how] of cases) {
    test(name, () => {
      const d = decode(bytes);
      assert.equal(d.text, null);
      assert.deepEqual(ruleIds(bytes), ["file-binary"]);
      const message = messages["file-binary"].text(d.problems[0]?.params as { what: string; how: string });
      assert.match(message, what);
      assert.match(message, how);
    });
  }

  test("unknown binary data still gets a way to convert", () => {
    const d = decode(new Uint8Array(300).map((_, i) => (i * 7) % 32));
    const message = messages["file-binary"].text(d.problems[0]?.params as { what: string; how: string });
    assert.match(message, /pdftotext -layout/);
  });
});

describe("decode: UTF-16", () => {
  const le = (text: string): number[] => [...Buffer.from(text, "utf16le")];
  const be = (text: string): number[] => {
    const b = Buffer.from(text, "utf16le");
    return [...b.swap16()];
  };
  const crlf = excerpt.replaceAll("\n", "\r\n");
  const variants: [string, Uint8Array, string][] = [
    ['Notepad "Unicode": UTF-16LE with a BOM and CRLF', new Uint8Array([0xff, 0xfe, ...le(crlf)]), "utf-16le-bom"],
    ["UTF-16BE with a BOM", new Uint8Array([0xfe, 0xff, ...be(excerpt)]), "utf-16be-bom"],
    ["UTF-16LE without a BOM", new Uint8Array(le(excerpt)), "utf-16le"],
    ["UTF-16BE without a BOM", new Uint8Array(be(excerpt)), "utf-16be"],
  ];
  for (const [name, bytes, encoding] of variants) {
    test(`${name} decodes to the same text, with a notice`, () => {
      const d = decode(bytes);
      assert.equal(d.text?.replaceAll("\r\n", "\n"), excerpt);
      assert.equal(d.encoding, encoding);
      assert.deepEqual(ruleIds(bytes), ["encoding-utf16"]);
    });
  }

  test("mostly-CJK UTF-16 without a BOM is recognised by the NULs of its digits, spaces and line ends", () => {
    const cjk = "二〇二四年北京市职业教育质量年度报告\n一、基本情况\n全市共有中等职业学校 41 所\n";
    assert.equal(decode(new Uint8Array(le(cjk.repeat(20)))).text, cjk.repeat(20));
  });

  test("UTF-16 that breaks off in the middle of a character drops the odd byte, not the text", () => {
    const d = decode(new Uint8Array([0xff, 0xfe, ...le("标题\n正文"), 0x41]));
    assert.equal(d.text, "标题\n正文");
  });
});

describe("decode: encodings", () => {
  test("plain UTF-8 decodes unchanged, with no problems", () => {
    const d = decode(utf8(excerpt));
    assert.equal(d.text, excerpt);
    assert.equal(d.encoding, "utf-8");
    assert.deepEqual(d.problems, []);
  });

  test("a UTF-8 BOM is removed and recorded as the encoding", () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(excerpt)]));
    assert.equal(d.text, excerpt);
    assert.equal(d.encoding, "utf-8-bom");
    assert.deepEqual(d.problems, []);
  });

  test("a GB18030 (GBK) report excerpt decodes to the same text, with an info notice", () => {
    const bytes = encodeGb18030(excerpt);
    assert.notDeepEqual(bytes, utf8(excerpt));
    const d = decode(bytes);
    assert.equal(d.text, excerpt);
    assert.equal(d.encoding, "gb18030");
    assert.deepEqual(ruleIds(bytes), ["encoding-gb18030"]);
  });

  test("a known GBK byte sequence: 你好 = C4 E3 BA C3", () => {
    const d = decode(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
    assert.equal(d.text, "你好\n");
    assert.equal(d.encoding, "gb18030");
  });

  test("UTF-8 with one damaged byte stays UTF-8 and counts the replacement", () => {
    const [head, tail] = [utf8("中文报告第一行\n"), utf8("第二行\n")];
    const d = decode(new Uint8Array([...head, 0xff, ...tail]));
    assert.equal(d.encoding, "utf-8");
    assert.equal(d.text, "中文报告第一行\n\uFFFD第二行\n");
    assert.deepEqual(
      d.problems.map((p) => [p.ruleId, p.params]),
      [["encoding-replacement", { count: 1 }]],
    );
  });

  test("CRLF and lone CR line ends are left for splitLines, not rewritten", () => {
    assert.equal(decode(utf8("a\r\nb\rc\n")).text, "a\r\nb\rc\n");
  });

  test("reports the size and SHA-256 of the raw bytes", () => {
    const bytes = encodeGb18030(excerpt);
    const d = decode(bytes);
    assert.equal(d.bytes, bytes.length);
    assert.equal(d.sha256, createHash("sha256").update(bytes).digest("hex"));
  });

  test("markup is decoded as plain text, untouched", () => {
    const text = "第一行\n<script>alert(1)</script>\n";
    assert.equal(decode(utf8(text)).text, text);
  });
});

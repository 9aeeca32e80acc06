import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { decode } from "../../../src/ingest/decode.ts";
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

  test("PNG bytes are binary", () => {
    assert.equal(decode(png).text, null);
    assert.deepEqual(ruleIds(png), ["file-binary"]);
  });

  test("a NUL byte anywhere near the start makes the file binary, even inside valid text", () => {
    const bytes = utf8(`${excerpt.slice(0, 200)}\0${excerpt.slice(200)}`);
    assert.deepEqual(ruleIds(bytes), ["file-binary"]);
    assert.deepEqual(ruleIds(new Uint8Array(64)), ["file-binary"]);
  });

  test("many control characters make the file binary; form feeds (page breaks) do not", () => {
    const noisy = new Uint8Array(400).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    assert.deepEqual(ruleIds(noisy), ["file-binary"]);
    const paged = utf8(`第一页\n\f第二页\n`);
    assert.equal(decode(paged).text, "第一页\n\f第二页\n");
    assert.deepEqual(ruleIds(paged), []);
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
    assert.deepEqual(d.problems, [{ ruleId: "encoding-replacement", params: { count: 1 } }]);
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

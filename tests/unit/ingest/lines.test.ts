import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { splitLines } from "../../../src/ingest/lines.ts";
import { corpusText, smallReportFile } from "../../helpers/corpus.ts";

const texts = (text: string): string[] => splitLines(text).map((l) => l.text);

describe("splitLines", () => {
  test("numbers lines from 1 and keeps blank lines", () => {
    assert.deepEqual(splitLines("一\n\n三"), [
      { no: 1, text: "一" },
      { no: 2, text: "" },
      { no: 3, text: "三" },
    ]);
  });

  test("LF, CRLF, lone CR and a mix of them give the same lines", () => {
    const lf = "标题\n\n1. 基本情况\n正文\n";
    for (const text of [lf.replaceAll("\n", "\r\n"), lf.replaceAll("\n", "\r"), "标题\r\n\r1. 基本情况\n正文\r\n"]) {
      assert.deepEqual(splitLines(text), splitLines(lf));
    }
  });

  test("a final line end does not add a line; an empty text has none", () => {
    assert.deepEqual(texts("a\n"), ["a"]);
    assert.deepEqual(texts("a"), ["a"]);
    assert.deepEqual(texts("a\n\n"), ["a", ""]);
    assert.deepEqual(texts(""), []);
  });

  test("a lone line end is one empty line, as `wc -l` and editors count it", () => {
    assert.deepEqual(texts("\n"), [""]);
    assert.deepEqual(texts("\r\n"), [""]);
  });

  test("form feed, U+2028 and U+2029 stay inside their line, as in `sed -n`", () => {
    assert.deepEqual(texts("a\fb\u2028c\u2029d\n"), ["a\fb\u2028c\u2029d"]);
  });

  test("on a real report, line n is what `sed -n np` prints, whatever the line ends", () => {
    const lf = corpusText(smallReportFile());
    const sedLines = lf.split("\n");
    const lines = splitLines(lf);
    assert.equal(lines.length, lf.endsWith("\n") ? sedLines.length - 1 : sedLines.length);
    for (const line of lines) assert.equal(line.text, sedLines[line.no - 1]);
    assert.deepEqual(splitLines(lf.replaceAll("\n", "\r\n")), lines);
    assert.deepEqual(splitLines(lf.replaceAll("\n", "\r")), lines);
  });
});

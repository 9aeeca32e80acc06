import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { splitLines } from "../../../src/ingest/lines.ts";
import { normaliseLines } from "../../../src/ingest/normalise.ts";

const run = (text: string) => normaliseLines(splitLines(text));
const texts = (text: string): string[] => run(text).lines.map((l) => l.text);

describe("normaliseLines", () => {
  test("clean lines are returned as they are, with no artefacts", () => {
    const r = run("标题\n\n表 1-1 学校\t数量\n");
    assert.deepEqual(texts("标题\n\n表 1-1 学校\t数量\n"), ["标题", "", "表 1-1 学校\t数量"]);
    assert.deepEqual(r.artefacts, []);
    assert.deepEqual(r.pageBreaks, []);
  });

  test("NUL, ESC and other control characters are removed and recorded as visible symbols", () => {
    const r = run("一、基本\0情况\x1b\n第二\x07行\n");
    assert.deepEqual(texts("一、基本\0情况\x1b\n第二\x07行\n"), ["一、基本情况", "第二行"]);
    assert.deepEqual(r.artefacts, [
      { kind: "control-character", line: 1, text: "\u2400\u241b" },
      { kind: "control-character", line: 2, text: "\u2407" },
    ]);
  });

  test("zero-width characters, soft hyphens, joiners and a mid-file BOM are removed", () => {
    const r = run("职业\u200b教育\u00ad质量\u2060年度\ufeff报告\u200c\u200d\n");
    assert.deepEqual(
      r.lines.map((l) => l.text),
      ["职业教育质量年度报告"],
    );
    assert.deepEqual(r.artefacts, [
      { kind: "invisible-character", line: 1, text: "\u200b\u00ad\u2060\ufeff\u200c\u200d" },
    ]);
  });

  test("NBSP becomes a space; U+3000 becomes two, keeping columns aligned and marking a cell gap", () => {
    assert.deepEqual(texts("表\u00a01-1\n\u3000\u3000正文\n学校\u3000\u3000数量\n"), [
      "表 1-1",
      "    正文",
      "学校    数量",
    ]);
    const kinds = run("表\u00a01-1\n\u3000正文\n").artefacts.map((a) => [a.kind, a.line, a.text]);
    assert.deepEqual(kinds, [
      ["special-space", 1, "\u00a0"],
      ["special-space", 2, "\u3000"],
    ]);
  });

  test("U+FFFD runs are removed and listed", () => {
    const r = run("学校\ufffd\ufffd数量\n");
    assert.deepEqual(r.lines[0]?.text, "学校数量");
    assert.deepEqual(r.artefacts, [{ kind: "replacement-character", line: 1, text: "\ufffd\ufffd" }]);
  });

  test("a form feed is not a line end: line numbers stay those of the file", () => {
    const raw = "第一页\n\f第二页\n正文\f\n第三页\n\f";
    const r = run(raw);
    assert.deepEqual(
      r.lines.map((l) => [l.no, l.text]),
      [
        [1, "第一页"],
        [2, "第二页"],
        [3, "正文"],
        [4, "第三页"],
        [5, ""],
      ],
    );
    assert.equal(r.lines.length, splitLines(raw).length);
    assert.deepEqual(
      r.artefacts.map((a) => [a.kind, a.line, a.text]),
      [
        ["page-break", 2, "\u240c"],
        ["page-break", 3, "\u240c"],
        ["page-break", 5, "\u240c"],
      ],
    );
  });

  test("a form feed before a line starts its page there; one after a line's text starts the next", () => {
    assert.deepEqual(run("a\n\fb\nc\n").pageBreaks, [2]);
    assert.deepEqual(run("a\nb\f\nc\n").pageBreaks, [3]);
    assert.deepEqual(run("\fa\nb\n").pageBreaks, [], "a form feed on line 1 starts the first page");
    assert.deepEqual(run("a\n  \f b\n").pageBreaks, [2], "spacing before the form feed does not count");
  });

  test("tabs, CJK punctuation and full-width letters are content, not touched", () => {
    const line = "（一）学校\t数量\tＡＢ１２，。";
    assert.deepEqual(texts(line), [line]);
  });

  test("characters above the BMP survive", () => {
    assert.deepEqual(texts("𠀀\u200b𠀁\n"), ["𠀀𠀁"]);
  });
});

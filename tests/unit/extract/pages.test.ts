import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { pageAt, pageMap } from "../../../src/extract/pages.ts";
import { splitLines } from "../../../src/ingest/lines.ts";
import type { Artefact } from "../../../src/model/index.ts";

const lines = (n: number) => splitLines(Array.from({ length: n }, (_, i) => `第${i + 1}行`).join("\n"));
const pageNumber = (line: number, text: string): Artefact => ({ kind: "page-number", line, text });

describe("pageMap with form feeds", () => {
  test("each form feed starts a page, numbered by the page-number line on it", () => {
    const pages = pageMap(
      lines(12),
      [5, 9],
      [pageNumber(4, "- 1 -"), pageNumber(8, "第 2 页"), pageNumber(12, "3 / 3")],
    );
    assert.deepEqual(pages, [
      { line: 1, page: 1 },
      { line: 5, page: 2 },
      { line: 9, page: 3 },
    ]);
  });

  test("a page without a number between two numbered ones is counted; before the first it stays unknown", () => {
    const pages = pageMap(lines(20), [4, 8, 12, 16], [pageNumber(7, "5"), pageNumber(15, "7")]);
    assert.deepEqual(
      pages.map((p) => p.page),
      [null, 5, 6, 7, null],
    );
  });

  test("a trailing empty page (pdftotext ends with a form feed) is no page", () => {
    const text = splitLines("一\n二\n\f三\n\f");
    assert.deepEqual(pageMap(text, [3, 4], []), [
      { line: 1, page: null },
      { line: 3, page: null },
    ]);
  });
});

describe("pageMap from stray page numbers alone", () => {
  test("a page number ends its page; consecutive numbers make one page each", () => {
    const pages = pageMap(lines(12), [], [pageNumber(3, "1"), pageNumber(7, "2"), pageNumber(10, "3")]);
    assert.deepEqual(pages, [
      { line: 1, page: 1 },
      { line: 4, page: 2 },
      { line: 8, page: 3 },
      { line: 11, page: null },
    ]);
  });

  test("a gap in the numbering leaves that stretch unknown (it spans several pages)", () => {
    const pages = pageMap(lines(10), [], [pageNumber(4, "3"), pageNumber(8, "6")]);
    assert.deepEqual(
      pages.map((p) => p.page),
      [null, null, null],
    );
  });

  test("no page breaks at all: an empty map", () => {
    assert.deepEqual(pageMap(lines(5), [], []), []);
  });
});

test("pageAt: the page of a line, null before the first numbered page", () => {
  const pages = [
    { line: 1, page: null },
    { line: 5, page: 2 },
    { line: 9, page: 3 },
  ];
  assert.equal(pageAt(pages, 3), null);
  assert.equal(pageAt(pages, 5), 2);
  assert.equal(pageAt(pages, 100), 3);
  assert.equal(pageAt([], 1), null);
});

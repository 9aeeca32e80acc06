import assert from "node:assert/strict";
import { test } from "node:test";

import { pagesOfLines } from "../../../../src/site/views/printed-pages.ts";

const pages = [
  { line: 1, page: 1 },
  { line: 10, page: 2 },
  { line: 20, page: null },
  { line: 30, page: 4 },
];

test("a span within one page gives that page", () => {
  assert.equal(pagesOfLines(pages, 10, 19), "第 2 页");
  assert.equal(pagesOfLines(pages, 12), "第 2 页");
});

test("a span across a page break gives both ends", () => {
  assert.equal(pagesOfLines(pages, 5, 12), "第 1–2 页");
});

test("an end on a page without a number, or a text without pages, gives no page", () => {
  assert.equal(pagesOfLines(pages, 15, 25), null);
  assert.equal(pagesOfLines([], 5, 6), null);
});

test("a last line before the first is read as the first (a one-line item)", () => {
  assert.equal(pagesOfLines(pages, 31, 3), "第 4 页");
});

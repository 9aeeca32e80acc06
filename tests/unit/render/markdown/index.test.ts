import assert from "node:assert/strict";
import { test } from "node:test";

import { renderMarkdownPage } from "../../../../src/render/markdown/index.ts";

test("a Markdown page: the first # heading is the title, the rest is HTML", () => {
  const page = renderMarkdownPage("# 数据说明\n\n本站**数据**来自原文。\n\n## 可能出错的地方\n\n- 表格\n", "about.md");
  assert.equal(page.title, "数据说明");
  assert.doesNotMatch(page.html, /<h1/);
  assert.match(page.html, /<p>本站<strong>数据<\/strong>来自原文。<\/p>/);
  assert.match(page.html, /<h2>可能出错的地方<\/h2>/);
  assert.match(page.html, /<li>表格<\/li>/);
});

test("raw HTML and script links in a page are sanitized", () => {
  const page = renderMarkdownPage("# T\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n", "x.md");
  assert.doesNotMatch(page.html, /<script|javascript:/);
});

test("a page without a title fails naming its file", () => {
  assert.throws(
    () => renderMarkdownPage("正文\n", "content/pages/x.md"),
    /content\/pages\/x\.md: a page needs a level-1 heading/,
  );
});

import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { PAGES_DIR, readPages } from "../../../../src/site/views/pages.ts";

test("every content/pages/*.md becomes a page at /<slug>/, sorted", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pages-"));
  writeFileSync(join(dir, "b-page.md"), "# 乙\n\n正文\n");
  writeFileSync(join(dir, "about.md"), "# 数据说明\n\n正文\n");
  writeFileSync(join(dir, "notes.txt"), "not a page");
  const pages = await readPages(dir);
  assert.deepEqual(
    pages.map((p) => [p.slug, p.url, p.title]),
    [
      ["about", "/about/", "数据说明"],
      ["b-page", "/b-page/", "乙"],
    ],
  );
});

test("a page file name that cannot be a URL fails naming the file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pages-"));
  writeFileSync(join(dir, "关于.md"), "# 关于\n");
  await assert.rejects(readPages(dir), /关于\.md: page file names are their URLs/);
});

test("the bundled site has its 数据说明 page", async () => {
  const about = (await readPages(PAGES_DIR)).find((p) => p.slug === "about");
  assert.equal(about?.title, "数据说明");
  assert.match(about?.html ?? "", /如何报告错误/);
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { htmlHash } from "../../../../src/site/search/bundle-cache.ts";
import { isSearchable, pageHtml } from "../../../../src/site/search/searchable.ts";

test("a page is a search result when an element carries data-pagefind-body, not when text mentions it", () => {
  assert.equal(isSearchable('<main id="main" data-pagefind-body><h1>学校</h1></main>'), true);
  assert.equal(isSearchable('<main data-pagefind-body="">x</main>'), true);
  assert.equal(isSearchable("<main><p>see data-pagefind-body in the docs</p></main>"), false);
  assert.equal(isSearchable("<main data-pagefind-ignore>x</main>"), false);
});

test("pageHtml gives the hash bucket keys take and the searchability", () => {
  const html = "<main data-pagefind-body><h1>北京市昌平职业学校</h1></main>";
  assert.deepEqual(pageHtml(html), { sha: htmlHash(html), searchable: true });
});

import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { checkLinks, idsOf, internalLinks, pageUrl } from "../../../src/site/check-links.ts";
import { writeFiles } from "../../../src/site/output.ts";

let tmp: string;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "check-links-"));
  await writeFiles(tmp, [
    {
      path: "index.html",
      content: `<a href="/a/">ok</a> <a href="/a/#x">ok</a> <a href="a/#y">no id</a> <a href="/b/">no page</a>
        <a href="https://example.org/">external</a> <link rel="icon" href="data:," /> <a href="#top">no id here</a>
        <script src="/s.js"></script> <a href="/a/data.csv">ok</a> <a href="/a">a folder</a>`,
    },
    { path: "a/index.html", content: `<h1 id="x">x</h1> <a href="../">up</a> <a href="data.csv#row">not html</a>` },
    { path: "a/data.csv", content: "a,b\r\n" },
  ]);
});
after(() => rm(tmp, { recursive: true, force: true }));

test("broken files and fragments are listed (pages in path order), external and data: URLs are not checked", async () => {
  assert.deepEqual(await checkLinks(tmp), [
    "/a/ → data.csv#row: a fragment on a page that is not HTML",
    '/ → a/#y: no id "y" in /a/',
    "/ → /b/: no file b/index.html",
    '/ → #top: no id "top" in /',
    "/ → /s.js: no file s.js",
    "/ → /a: no file a",
  ]);
});

test("helpers: page URLs, ids and links of a page", () => {
  assert.equal(pageUrl("reports/x/index.html"), "/reports/x/");
  assert.equal(pageUrl("404.html"), "/404.html");
  assert.deepEqual(idsOf(`<p id="a">x</p><b data-id="no"></b><i id="b&amp;c"></i>`), ["a", "b&c"]);
  assert.deepEqual(internalLinks(`<a href="/x?a=1&amp;b=2">x</a><a href="mailto:a@b">m</a><img src="y.png">`), [
    "/x?a=1&b=2",
    "y.png",
  ]);
});

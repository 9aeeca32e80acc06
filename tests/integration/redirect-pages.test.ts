// Redirect pages in a real build of the fixture report: written at `from`; refused when they would hide a page or lead nowhere.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { buildSite } from "../../src/site/build.ts";
import { checkLinks } from "../../src/site/check-links.ts";
import { fixtureRecords } from "../fixtures/site/records.ts";

let tmp: string;
const REPORT = "/reports/fixture-district-2024/";

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-redirects-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

test("a redirect page is written at `from` and points at an existing page", async () => {
  const out = join(tmp, "ok");
  const redirects = [
    { from: "/old/report/", to: REPORT },
    { from: "/old/table.html", to: `${REPORT}#tbl-1-1-1` },
  ];
  await buildSite(fixtureRecords(), { outDir: out, search: false, redirects });
  const page = await readFile(join(out, "old/report/index.html"), "utf8");
  assert.match(page, /<html lang="zh-CN">/);
  assert.match(page, /<meta http-equiv="refresh" content="0; url=\/reports\/fixture-district-2024\/" \/>/);
  assert.match(page, /<link rel="canonical" href="\/reports\/fixture-district-2024\/" \/>/);
  assert.match(page, /<a href="\/reports\/fixture-district-2024\/">\/reports\/fixture-district-2024\/<\/a>/);
  assert.match(await readFile(join(out, "old/table.html"), "utf8"), /url=\/reports\/fixture-district-2024\/#tbl-1-1-1/);
  // The link checker follows the redirect pages' links too (and the fragment to its id); this build
  // has no search index, so the home page's Pagefind files are missing on purpose.
  const broken = (await checkLinks(out)).filter((p) => !p.includes("/pagefind/"));
  assert.deepEqual(broken, []);
});

test("a redirect from a real page fails the build with a clear message", async () => {
  await assert.rejects(
    buildSite(fixtureRecords(), {
      outDir: join(tmp, "clash"),
      search: false,
      redirects: [{ from: "/cases/", to: "/" }],
    }),
    /redirect from \/cases\/ collides with a real page \(cases\/index\.html\)/,
  );
});

test("a redirect to a page that does not exist fails the build", async () => {
  await assert.rejects(
    buildSite(fixtureRecords(), {
      outDir: join(tmp, "nowhere"),
      search: false,
      redirects: [{ from: "/old/", to: "/reports/no-such-report/" }],
    }),
    /redirect from \/old\/ points at \/reports\/no-such-report\/, which is not a page of this build/,
  );
});

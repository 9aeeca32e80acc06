/**
 * What a maintainer does once a year, through the real command (`build`, as `npm run build` runs it): a
 * site of two bundled reports, then next year's text of one of their regions dropped into the same content
 * folder (derived from the bundled text by src/pipeline/synthetic: years moved on, amounts changed, never
 * committed as a copy) and the same command again. No URL of the first site is lost, the new report joins
 * its series with links both ways and a year-over-year comparison, the ledger and the feed list it, and the
 * build says how long it took.
 */
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";

import { build } from "../../src/cli/build.ts";
import { nextYear } from "../../src/pipeline/synthetic/derive.ts";
import { checkLinks } from "../../src/site/check-links.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";

/** 东城区 2023 gets its 2024 report; 朝阳区 2022 stays alone in its series. */
const FOLLOWED = "004_401551532fed79cb.txt";
const OTHER = "002_c07cee56016c1eeb.txt";
const OLD = "dongcheng-zhongzhi-2023";
const NEW = "dongcheng-zhongzhi-2024";

let tmp: string;
const logs: Record<"first" | "second", string[]> = { first: [], second: [] };
const dir = (...p: string[]) => join(tmp, ...p);
const page = (site: string, ...p: string[]) => readFile(dir(site, ...p), "utf8");

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
}

before(async () => {
  process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 11, 1) / 1000);
  tmp = await mkdtemp(join(tmpdir(), "next-year-"));
  await mkdir(dir("content", "reports"), { recursive: true });
  for (const f of [FOLLOWED, OTHER]) await copyFile(join(REPORTS_DIR, f), dir("content", "reports", f));
  await build(dir("content", "reports"), { outDir: dir("first"), search: false, log: (l) => logs.first.push(l) });
  const text = await readFile(join(REPORTS_DIR, FOLLOWED), "utf8");
  await writeFile(dir("content", "reports", "dongcheng-next.txt"), nextYear(text, { seed: 3 }));
  await build(dir("content", "reports"), { outDir: dir("second"), search: false, log: (l) => logs.second.push(l) });
});
after(() => rm(tmp, { recursive: true, force: true }));

test("every file of the site before the addition is still there after it, and every link resolves", async () => {
  const before = await files(dir("first"));
  const after = new Set(await files(dir("second")));
  assert.ok(before.length > 300, `${before.length} files`);
  assert.deepEqual(
    before.filter((f) => !after.has(f)),
    [],
  );
  assert.ok(after.has(join("reports", NEW, "index.html")));
  assert.deepEqual(await checkLinks(dir("second")), []);
});

test("the new report and last year's link to each other on the report and table pages", async () => {
  const older = await page("second", "reports", OLD, "index.html");
  const newer = await page("second", "reports", NEW, "index.html");
  assert.match(older, new RegExp(`<nav class="series-nav"[^]*?href="/reports/${NEW}/"`));
  assert.match(newer, new RegExp(`<nav class="series-nav"[^]*?href="/reports/${OLD}/"`));
  const table = await page("second", "reports", NEW, "tables", "1-1", "index.html");
  assert.match(table, new RegExp(`href="/reports/${OLD}/tables/1-1/"`));
  // The other region's report has no series to show.
  assert.doesNotMatch(await page("second", "reports", "chaoyang-zhongzhi-2022", "index.html"), /series-nav/);
});

test("the new report compares its headline figures with the previous report's", async () => {
  const newer = await page("second", "reports", NEW, "index.html");
  assert.match(newer, /主要数据/);
  assert.match(newer, /与上年比较/);
  assert.match(newer, new RegExp(`href="/reports/${OLD}/[^"]*"`));
  const region = await page("second", "regions", "dongcheng", "index.html");
  assert.match(region, /2023 表1-1/);
  assert.match(region, /2024 表1-1/);
});

test("the ledger and the feed list the addition, and the build says what it cost", async () => {
  assert.ok(
    logs.second.some((l) => /releases\.json: 1 report added/.test(l)),
    logs.second.join("\n"),
  );
  assert.ok(
    logs.second.some((l) => /^built in \d+\.\d s \(records .*Eleventy/.test(l)),
    logs.second.join("\n"),
  );
  const ledger = JSON.parse(await readFile(dir("content", "releases.json"), "utf8")) as {
    reports: Record<string, unknown>;
  };
  assert.deepEqual(Object.keys(ledger.reports).sort(), ["chaoyang-zhongzhi-2022", OLD, NEW].sort());
  const feed = await page("second", "feed.xml");
  assert.match(feed, new RegExp(`<link rel="alternate" type="text/html" href="/reports/${NEW}/" />`));
});

import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";

import { Report } from "../../src/model/index.ts";
import { SiteIndex } from "../../src/model/site-index.ts";
import { buildSite, prepareOutDir } from "../../src/site/build.ts";
import { fixtureRecords } from "../fixtures/site/records.ts";

let tmp: string;
const built = (...p: string[]) => join(tmp, "a", ...p);

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-build-"));
  await buildSite(fixtureRecords(), { outDir: built() });
  await buildSite(fixtureRecords(), { outDir: join(tmp, "b") });
});
after(() => rm(tmp, { recursive: true, force: true }));

test("pages, data, schemas and search index are written", async () => {
  const list = await files(built());
  for (const f of [
    "index.html",
    "404.html",
    "assets/style.css",
    "reports/fixture-district-2024/index.html",
    "reports/fixture-district-2024/quality/index.html",
    "reports/fixture-district-2024/tables/1-1-1/index.html",
    "reports/fixture-district-2024/tables/1-1-1.csv",
    "reports/fixture-district-2024/tables/1-1-1.json",
    "reports/fixture-district-2024/tables/2-1/index.html",
    "reports/fixture-district-2024/tables/2-1.json",
    "reports/fixture-district-2024/cases/2-1/index.html",
    "cases/index.html",
    "regions/index.html",
    "regions/shili/index.html",
    "data/index.html",
    "data/index.json",
    "data/reports/fixture-district-2024.json",
    "data/schema/report.schema.json",
    "data/schema/index.schema.json",
    "data/schools.json",
    "data/links.json",
    "data/indicators.csv",
    "schools/index.html",
    "specialties/index.html",
    "indicators/index.html",
    "indicators/enrollment/index.html",
    "pagefind/index.json",
  ]) {
    assert.ok(list.includes(f), `${f} missing`);
  }
  // One report: the whole site is one bundle (search/buckets.ts), with Chinese fragments.
  const { bundles } = JSON.parse(await readFile(built("pagefind", "index.json"), "utf8")) as { bundles: string[] };
  assert.deepEqual(bundles, ["/pagefind/all/"]);
  for (const bundle of bundles) {
    const dir = bundle.slice(1);
    assert.ok(list.includes(`${dir}pagefind.js`), `${bundle}: pagefind.js`);
    assert.ok(
      list.some((f) => f.startsWith(`${dir}fragment/zh-cn_`)),
      `${bundle}: Chinese fragments`,
    );
  }
  assert.ok(!list.some((f) => f.endsWith("pagefind-ui.js")), "Pagefind's UI kits are not published");
  assert.ok(!list.includes("reports/fixture-district-2024/tables/2-1.csv"), "no CSV for a table without a body");
});

test("data files validate against the zod schemas; rejected files are listed", async () => {
  const index = SiteIndex.parse(JSON.parse(await readFile(built("data/index.json"), "utf8")));
  assert.deepEqual(
    index.reports.map((r) => [r.id, r.counts.tables, r.counts.diagnostics]),
    [["fixture-district-2024", 2, 3]],
  );
  assert.deepEqual(
    index.rejected.map((r) => [r.file, r.diagnostics[0]?.ruleId]),
    [["901_empty.txt", "file-empty"]],
  );
  Report.parse(JSON.parse(await readFile(built("data/reports/fixture-district-2024.json"), "utf8")));
  const schema = JSON.parse(await readFile(built("data/schema/report.schema.json"), "utf8")) as { properties: object };
  assert.ok("headings" in schema.properties);
});

test("every page is Chinese and links its report pages", async () => {
  for (const page of [
    "index.html",
    "404.html",
    "reports/fixture-district-2024/index.html",
    "reports/fixture-district-2024/quality/index.html",
    "reports/fixture-district-2024/tables/1-1-1/index.html",
    "reports/fixture-district-2024/cases/2-1/index.html",
    "cases/index.html",
    "regions/index.html",
    "regions/shili/index.html",
    "data/index.html",
    "schools/index.html",
    "specialties/index.html",
    "indicators/index.html",
    "indicators/enrollment/index.html",
  ]) {
    const text = await readFile(built(page), "utf8");
    assert.match(text, /<html lang="zh-CN">/, page);
    assert.match(text, /<link rel="icon" href="data:," ?\/?>/, page);
  }
  const home = await readFile(built("index.html"), "utf8");
  assert.match(home, /<a href="\/reports\/fixture-district-2024\/">示例区中等职业教育质量年度报告（2024年度）<\/a>/);
  assert.match(home, /901_empty\.txt/);
  const report = await readFile(built("reports/fixture-district-2024/index.html"), "utf8");
  assert.match(report, /<a href="#sec-1-2">（二） 产教融合与双师型教师<\/a>/);
  assert.match(
    report,
    /<a href="#tbl-1-1-1">表1-1-1<\/a> <a href="\/reports\/fixture-district-2024\/tables\/1-1-1\/">2023—2024年各专业大类招生情况<\/a>（3 行 × 5 列）/,
  );
  assert.match(
    report,
    /<a href="#case-2-1">案例2-1<\/a> <a href="\/reports\/fixture-district-2024\/cases\/2-1\/">校企共建“双师型”教师培养基地<\/a><\/li>/,
  );
  assert.ok(!report.includes("<script>alert"));
  const quality = await readFile(built("reports/fixture-district-2024/quality/index.html"), "utf8");
  // The message, then the rule id small for reference (Chinese once a diagnostic carries its params).
  assert.match(
    quality,
    /<td>70:1<\/td>\s*<td>警告<\/td>\s*<td>表2-1 只有表题，没有表体[^<]*<code class="rule">table-body-not-found<\/code><\/td>/,
  );
  assert.match(quality, /<td>38<\/td>\s*<td>页码<\/td>\s*<td><code>- 3 -<\/code><\/td>/);
});

test("two builds are byte-identical", async () => {
  const a = await files(built());
  assert.deepEqual(await files(join(tmp, "b")), a);
  for (const f of a) {
    assert.ok((await readFile(built(f))).equals(await readFile(join(tmp, "b", f))), `${f} differs`);
  }
});

test("the output folder is emptied only when it holds a previous build", async () => {
  const foreign = join(tmp, "foreign");
  await mkdir(foreign);
  await writeFile(join(foreign, "keep.txt"), "x");
  await assert.rejects(prepareOutDir(foreign), /refusing to empty/);
  assert.equal(await readFile(join(foreign, "keep.txt"), "utf8"), "x");
});

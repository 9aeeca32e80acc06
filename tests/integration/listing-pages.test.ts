import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { buildSite } from "../../src/site/build.ts";
import { fixtureRecords } from "../fixtures/site/records.ts";

let tmp: string;
const read = (path: string) => readFile(join(tmp, path), "utf8");
const REPORT = "/reports/fixture-district-2024/";

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-listings-"));
  // The entity files are written beside the report data: the downloads page lists them.
  await buildSite(fixtureRecords(), { outDir: tmp, search: false });
});
after(() => rm(tmp, { recursive: true, force: true }));

test("home: reports grouped by region (linked), counts, recent cases, search box", async () => {
  const html = await read("index.html");
  assert.match(html, /<th colspan="5" scope="rowgroup">\s*<a href="\/regions\/shili\/">示例区<\/a>/);
  assert.match(html, /区县级 · 1 份报告，2024 年度/);
  assert.match(html, /<th scope="row"><a href="\/reports\/fixture-district-2024\/">示例区[^<]*<\/a><\/th>/);
  assert.match(html, /共 1 份报告，来自 1 个地区；2 张表、1 个图题（原报告的图片不在文本中）、1 个案例。/);
  assert.match(html, /<h2 id="recent-title">最新案例（2024 年度报告）<\/h2>/);
  assert.match(
    html,
    /<a href="\/reports\/fixture-district-2024\/cases\/2-1\/">案例2-1 校企共建“双师型”教师培养基地<\/a>/,
  );
  assert.match(html, /<div id="search"><\/div>/);
  assert.match(html, /<a href="\/data\/">数据下载<\/a>/);
});

test("region index and region page: the region's reports with years and counts, breadcrumbs", async () => {
  const index = await read("regions/index.html");
  assert.match(index, /<li><a href="\/regions\/shili\/">示例区<\/a>（区县级 · 1 份报告，2024 年度）<\/li>/);
  const html = await read("regions/shili/index.html");
  assert.match(
    html,
    /<li><a href="\/">首页<\/a><\/li><li><a href="\/regions\/">地区<\/a><\/li><li><span aria-current="page">示例区<\/span><\/li>/,
  );
  assert.match(html, /<h1>示例区职业教育质量年度报告<\/h1>/);
  assert.match(
    html,
    /<a href="\/reports\/fixture-district-2024\/">[^<]*<\/a><\/th>\s*<td>中等职业教育<\/td>\s*<td>2024 年度<\/td>\s*<td>2024 年度<\/td>/,
  );
});

test("report pages link their region; the trail goes through it", async () => {
  const html = await read("reports/fixture-district-2024/index.html");
  assert.match(html, /<dt>地区<\/dt>\s*<dd><a href="\/regions\/shili\/">示例区<\/a><\/dd>/);
  assert.match(html, /<li><a href="\/regions\/shili\/">示例区<\/a><\/li><li><span aria-current="page">/);
});

test("downloads page: dataset files, schemas, each report's JSON and table files, formats, citation", async () => {
  const html = await read("data/index.html");
  assert.match(html, /<a href="\/data\/index\.json">index\.json<\/a>/);
  assert.match(html, /<a href="\/data\/schools\.json">schools\.json<\/a><\/th>\s*<td>学校：/);
  assert.match(html, /<a href="\/data\/schema\/report\.schema\.json">report\.schema\.json<\/a>/);
  assert.match(html, /<section class="report-data" id="r-fixture-district-2024"/);
  assert.match(html, /<a href="\/data\/reports\/fixture-district-2024\.json">fixture-district-2024\.json<\/a>/);
  assert.match(
    html,
    new RegExp(
      `<a href="${REPORT}tables/1-1-1\\.csv">CSV</a> · <a href="${REPORT}tables/1-1-1\\.long\\.csv">长格式 CSV</a> · ` +
        `<a href="${REPORT}tables/1-1-1\\.json">JSON</a>`,
    ),
  );
  assert.match(html, /表2-1<\/a> 课程改革项目一览：<span class="muted">无 CSV<\/span>/);
  assert.match(html, /源文本 SHA-256 [0-9a-f]{64}\./);
  assert.match(html, /<h2 id="formats">数据格式<\/h2>/);
  assert.ok(!html.includes("data-pagefind-body"), "a listing, not a search result");
});

test("the quality page counts the narrative's cross-references", async () => {
  const html = await read("reports/fixture-district-2024/quality/index.html");
  assert.match(html, /正文段落中共有 0 处引用/);
});

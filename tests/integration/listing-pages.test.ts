import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { escapeHtml } from "../../src/lib/html.ts";
import { buildSite } from "../../src/site/build.ts";
import { siteConfig } from "../../src/site/config.ts";
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

test("home: reports grouped by region (linked), publisher and date, counts, recent cases, search form", async () => {
  const html = await read("index.html");
  // The group row spans all six columns: 报告, 发布单位, 发布日期, 报告年度, 数据年度, 内容.
  assert.match(html, /<th colspan="6" scope="rowgroup">\s*<a href="\/regions\/shili\/">示例区<\/a>/);
  assert.equal([...html.matchAll(/<th scope="col">/g)].length, 6);
  assert.match(html, /区县级 · 1 份报告，2024 年度/);
  assert.match(
    html,
    /<th scope="row"><a href="\/reports\/fixture-district-2024\/">示例区[^<]*<\/a><span class="row-sub">中等职业教育<\/span><\/th>\s*<td data-label="发布单位">示例区教育委员会<\/td>\s*<td class="date-cell" data-label="发布日期"><time datetime="2025-03">2025-03<\/time><\/td>/,
  );
  assert.match(html, /共 1 份报告，来自 1 个地区；2 张表、1 个图题（原报告的图片不在文本中）、1 个案例。/);
  assert.match(html, /<h2 id="recent-title">最新案例（2024 年度报告）<\/h2>/);
  assert.match(
    html,
    /<a href="\/reports\/fixture-district-2024\/cases\/2-1\/">案例2-1 校企共建“双师型”教师培养基地<\/a>/,
  );
  // A plain GET form to the search page (the search UI); Pagefind's own UI widget is gone.
  assert.match(html, /<form class="search-form" role="search" action="\/search\/" method="get">/);
  assert.doesNotMatch(html, /pagefind-ui|id="search"/);
  assert.match(html, /<a href="\/data\/">数据下载<\/a>/);
});

test("region index and region page: the region's reports with publisher, date, years and counts, breadcrumbs", async () => {
  const index = await read("regions/index.html");
  assert.match(
    index,
    /<h2 class="region-name"><a href="\/regions\/shili\/">示例区<\/a><\/h2>\s*<p class="muted">区县级 · 1 份报告，2024 年度<\/p>/,
  );
  assert.match(
    index,
    /<a href="\/reports\/fixture-district-2024\/">[^<]*<\/a> <span class="muted"><span>示例区教育委员会<\/span> <span><time datetime="2025-03">2025-03<\/time> 发布<\/span><\/span>/,
  );
  const html = await read("regions/shili/index.html");
  assert.match(
    html,
    /<li><a href="\/">首页<\/a><\/li><li><a href="\/regions\/">地区<\/a><\/li><li><span aria-current="page">示例区<\/span><\/li>/,
  );
  assert.match(html, /<h1>示例区职业教育质量年度报告<\/h1>/);
  assert.match(
    html,
    /<a href="\/reports\/fixture-district-2024\/">[^<]*<\/a><span class="row-sub">中等职业教育<\/span><\/th>[\s\S]*?<td data-label="报告年度">2024 年度<\/td> <td data-label="数据年度">2024 年度<\/td>/,
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

test("every page: the site's name and tagline, and a footer naming the publisher, licence and error link", async () => {
  // What data/site.yaml sets decides what the header and footer show.
  const config = siteConfig();
  const errors = escapeHtml(config.issues ?? "/about/");
  for (const path of ["index.html", "regions/index.html", "reports/fixture-district-2024/index.html"]) {
    const html = await read(path);
    assert.ok(html.includes(`<a class="site-name" href="/">${escapeHtml(config.name)}</a>`), path);
    if (config.tagline) assert.ok(html.includes(`<span class="site-tagline">${escapeHtml(config.tagline)}</span>`));
    const footer = /<footer class="site-footer">[\s\S]*<\/footer>/.exec(html)?.[0] ?? "";
    assert.match(footer, config.publisher ? /本站由.+编制发布/ : /本站为独立整理的数据站点，不是各报告发布单位/);
    if (config.license) {
      assert.ok(footer.includes(`<a href="${escapeHtml(config.license.url)}" rel="license external">`), "licence");
    }
    assert.match(footer, /<li><a href="\/about\/">数据说明<\/a><\/li>\s*<li><a href="\/data\/">数据下载<\/a><\/li>/);
    assert.ok(footer.includes(`<a href="${errors}"`) && footer.includes(">报告错误</a>"), "the error link");
    // Back to the top sits outside <main>, so search never indexes it.
    assert.match(html, /<\/main>\s*<p class="to-top"><a href="#main">回到顶部<\/a><\/p>/);
  }
});

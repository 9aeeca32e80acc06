/** The entity pages of a build with a hand-written entity bundle (tests/fixtures/site/entities.ts). */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { entitiesReport } from "../../src/cli/console.ts";
import { buildSite } from "../../src/site/build.ts";
import { checkLinks } from "../../src/site/check-links.ts";
import { fixtureEntities } from "../fixtures/site/entities.ts";
import { fixtureRecords } from "../fixtures/site/records.ts";

let tmp: string;
const read = (path: string) => readFile(join(tmp, path), "utf8");
const REPORT = "/reports/fixture-district-2024/";

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-entities-"));
  await buildSite(fixtureRecords(), { outDir: tmp, search: false, entities: fixtureEntities() });
});
after(() => rm(tmp, { recursive: true, force: true }));

test("every link of the entity pages resolves (search is off here, so its files are absent)", async () => {
  assert.deepEqual(
    (await checkLinks(tmp)).filter((problem) => !problem.includes("/pagefind/")),
    [],
  );
});

test("school directory: by level then district, counts, uncurated flagged", async () => {
  const html = await read("schools/index.html");
  assert.match(html, /<h2 id="level-secondary">中等职业学校（1 所）<\/h2>/);
  assert.match(html, /<th colspan="4" scope="rowgroup">示例区（1）<\/th>/);
  assert.match(html, /<a href="\/schools\/shili-zhiye-xuexiao\/">示例区某职业学校<\/a>/);
  assert.match(
    html,
    /<td data-label="别名">某职业学校<\/td>\s*<td class="num-cell" data-label="报告数">1<\/td>\s*<td class="num-cell"[^>]*>3<\/td>/,
  );
  assert.match(html, /<a href="\/schools\/weizhi-xuexiao\/">示例区未知学校<\/a> <span class="badge">未收录<\/span>/);
  assert.match(html, /<th colspan="4" scope="rowgroup">区县未注明（1）<\/th>/);
});

test("school page: facts, mentions linking their place, cases, rows, specialties, indicators; searchable as 学校", async () => {
  const html = await read("schools/shili-zhiye-xuexiao/index.html");
  assert.match(html, /<span class="kind" data-pagefind-filter="类型" data-pagefind-meta="类型">学校<\/span>/);
  assert.match(html, /<span data-pagefind-filter="地区">示例区<\/span>/);
  assert.match(html, /<main id="main" tabindex="-1"\s+data-pagefind-body>/);
  // The names as the browser's segmenter cuts a query (see src/site/search/terms.ts).
  assert.match(html, /data-pagefind-index-attrs="data-search-terms" data-search-terms="示例区某职业学校 某职业学校"/);
  assert.match(html, /<dt>别名<\/dt>\s*<dd>某职业学校<\/dd>/);
  assert.match(html, /<dt>层次<\/dt>\s*<dd>中等职业学校<\/dd>/);
  assert.match(html, /<dt>办学性质<\/dt>\s*<dd>公办<\/dd>/);
  assert.match(
    html,
    new RegExp(
      `<a href="${REPORT}#sec-1-2">第 41 行 · （二） 产教融合与双师型教师</a>\\s*<q>全区双师型教师…<mark>某职业学校</mark></q>`,
    ),
  );
  assert.match(html, new RegExp(`<a href="${REPORT}cases/2-1/">第 75 行 · 案例2-1</a>`));
  assert.match(html, new RegExp(`<a href="${REPORT}cases/2-1/">案例2-1 校企共建“双师型”教师培养基地</a>`));
  assert.match(html, new RegExp(`<a href="${REPORT}tables/1-1-1/">表1-1-1 [^<]+</a> 第 1 行`));
  assert.match(html, /<td>财经商贸<\/td>/);
  assert.match(html, /<a href="\/specialties\/730101\/">730101 财务会计<\/a><\/th>\s*<td>新增<\/td>/);
  assert.match(
    html,
    /<th scope="row">2024<\/th><td><a href="\/indicators\/enrollment\/">招生人数<\/a><\/td><td class="value">120人<\/td>/,
    "the school's figures read by year",
  );
  const unknown = await read("schools/weizhi-xuexiao/index.html");
  assert.match(unknown, /<strong class="uncurated">未收录<\/strong>/);
});

test("specialty directory and page: by 专业大类; events with school and source row; searchable as 专业", async () => {
  const list = await read("specialties/index.html");
  assert.match(list, /<th colspan="4" scope="rowgroup" id="cat-cai-jing-shang-mao-da-lei">财经商贸大类（1）<\/th>/);
  assert.match(
    list,
    /<td data-label="专业代码"><code>730101<\/code><\/td>\s*<th scope="row"[^>]*><a href="\/specialties\/730101\/">财务会计<\/a><\/th>/,
  );
  const html = await read("specialties/730101/index.html");
  assert.match(html, /data-pagefind-meta="类型">专业<\/span>/);
  assert.match(html, /<h1 data-pagefind-weight="10" [^>]*>\s*<span class="num">730101<\/span> 财务会计\s*<\/h1>/);
  assert.match(html, /<dt>学制<\/dt>\s*<dd>3 年<\/dd>/);
  assert.match(
    html,
    new RegExp(
      `<td>2024</td>\\s*<td>新增</td>\\s*<th scope="row"><a href="/schools/shili-zhiye-xuexiao/">示例区某职业学校</a></th>[^]*<a href="${REPORT}tables/1-1-1/">表1-1-1</a> 第 1 行（原文第 27 行）`,
    ),
  );
});

test("specialty page: no 历年记录 for a single year's events (the report's table says it all)", async () => {
  const html = await read("specialties/730101/index.html");
  assert.doesNotMatch(html, /历年记录/);
});

test("report page: 主要数据 from its region-wide facts, the metrics it lacks named; no 与上年比较 without a previous year", async () => {
  const html = await read(`${REPORT.slice(1)}index.html`);
  assert.match(html, /<h2 id="headline-title">主要数据（2024年）<\/h2>/);
  // Two prose values for 2024 (798 and 800, the conflict above): the earlier line is the headline.
  assert.match(
    html,
    /<li><span class="label">招生人数<\/span> <a class="figure" href="#sec-[^"]+" title="来源：[^"]+，第 23 行"><data value="798">798<\/data>人<\/a><\/li>/,
  );
  assert.match(html, /<p class="headline-missing">本报告未给出：在校生人数、[^<]*。<\/p>/);
  assert.ok(html.indexOf("headline-title") < html.indexOf("overview-title"), "above the overview");
  assert.doesNotMatch(html, /与上年比较/);
});

test("indicator pages: the vocabulary; scopes × years with sources, conflicts marked, a chart", async () => {
  const list = await read("indicators/index.html");
  assert.match(list, /<a href="\/indicators\/employment-rate\/">就业率<\/a><\/th>/);
  assert.match(list, /<span class="badge conflict">1 处不一致<\/span>/);
  const html = await read("indicators/enrollment/index.html");
  assert.match(html, /<figure class="chart"[^>]*><svg[^>]*role="img"/, "the metric's chart over the years");
  assert.match(html, /<th scope="col">2024 年<\/th>/);
  assert.match(
    html,
    /<td class="conflict">[^]*>798人<\/a>[^]*>800人<\/a>[^]*<span class="badge conflict">不一致<\/span>/,
  );
  assert.match(html, new RegExp(`<a href="${REPORT}#sec-1-1" title="[^"]*第 23 行[^"]*">798人</a>`));
  assert.match(html, /<th scope="row"><a href="\/schools\/shili-zhiye-xuexiao\/">示例区某职业学校<\/a><\/th>/);
});

test("report, table, case, region and quality pages link the entities both ways", async () => {
  const report = await read(`reports/fixture-district-2024/index.html`);
  assert.match(report, /<h2 id="list-schools">本报告涉及的学校（2）<\/h2>/);
  assert.match(report, /<li><a href="\/schools\/shili-zhiye-xuexiao\/">示例区某职业学校<\/a>（3 处）<\/li>/);
  assert.match(report, /<h2 id="list-specialties">本报告涉及的专业（1）<\/h2>/);
  assert.match(report, /<a href="\/schools\/shili-zhiye-xuexiao\/" title="示例区某职业学校">某职业学校<\/a>与本地企业/);
  const table = await read("reports/fixture-district-2024/tables/1-1-1/index.html");
  assert.match(table, /<h2 id="table-schools">表中的学校（1）<\/h2>/);
  assert.match(table, /<h2 id="table-specialties">表中的专业（1）<\/h2>/);
  const item = await read("reports/fixture-district-2024/cases/2-1/index.html");
  assert.match(item, /<h2 id="case-schools">案例中的学校（1）<\/h2>/);
  const region = await read("regions/shili/index.html");
  assert.match(region, /<h2 id="indicators-title">指标<\/h2>/);
  assert.match(region, /<td class="value">798人<\/td>/);
  const quality = await read("reports/fixture-district-2024/quality/index.html");
  assert.match(
    quality,
    /<td>23:1<\/td>\s*<td>警告<\/td>\s*<td>[^<]*<code class="rule">indicator-conflict<\/code><\/td>/,
  );
});

test("the build prints the entity diagnostics and a summary", () => {
  const [diagnostics, summary] = entitiesReport(fixtureEntities());
  assert.match(diagnostics ?? "", /^900_fixture\.txt\n {2}23:1 {2}warning {2}.* {2}indicator-conflict/);
  assert.equal(summary, "entities: 2 schools, 1 specialties, 3 indicators; 1 diagnostics");
});

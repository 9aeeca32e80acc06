import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { Table } from "../../src/model/index.ts";
import { buildSite } from "../../src/site/build.ts";
import { fixtureRecords, fixtureReport } from "../fixtures/site/records.ts";

let tmp: string;
const read = (path: string) => readFile(join(tmp, path), "utf8");
const REPORT = "reports/fixture-district-2024";

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-items-"));
  await buildSite(fixtureRecords(), { outDir: tmp, search: false });
});
after(() => rm(tmp, { recursive: true, force: true }));

test("a table page: crumbs, numbered title, real table, section, anchor, source and downloads", async () => {
  const html = await read(`${REPORT}/tables/1-1-1/index.html`);
  assert.match(
    html,
    /<li><a href="\/">首页<\/a><\/li><li><a href="\/regions\/shili\/">示例区<\/a><\/li><li><a href="\/reports\/fixture-district-2024\/">示例区[^<]*<\/a><\/li><li><span aria-current="page">表 1-1-1<\/span><\/li>/,
  );
  assert.match(html, /<h1><span class="num">表1-1-1<\/span> 2023—2024年各专业大类招生情况<\/h1>/);
  assert.match(html, /<table id="tbl-1-1-1"><caption>.*<\/caption><thead><tr>.*<\/tr><tr>.*<\/tr><\/thead><tbody>/);
  assert.match(html, /<th scope="colgroup" colspan="2">2023年<\/th>/);
  assert.match(html, /<p class="note">注：数据来源于学校填报。<\/p>/);
  assert.match(html, /<a href="\/reports\/fixture-district-2024\/#sec-1-1">（一） 招生与在校生规模<\/a>/);
  assert.match(html, /<a href="\/reports\/fixture-district-2024\/#tbl-1-1-1">在报告正文中查看表1-1-1<\/a>/);
  assert.match(html, /<code>900_fixture\.txt<\/code>：标题第 26 行，表体第 27–32 行/);
  assert.match(html, /<a href="\/reports\/fixture-district-2024\/tables\/1-1-1\.csv" download>CSV<\/a>/);
  assert.match(html, /<a href="\/reports\/fixture-district-2024\/tables\/1-1-1\.json" download>JSON<\/a>/);
  assert.match(html, /<main id="main" tabindex="-1"\s+data-pagefind-body>/);
  assert.match(html, /<span class="kind" data-pagefind-filter="类型" data-pagefind-meta="类型">表格<\/span>/);
  assert.match(html, /<a href="\/reports\/fixture-district-2024\/" data-pagefind-filter="报告">/);
  assert.match(
    html,
    /<span data-pagefind-filter="地区">示例区<\/span>\s*<span data-pagefind-filter="年度">2024 年度<\/span>/,
  );
});

test("a table's CSV: BOM, RFC 4180, header row = columns, then the rows; its JSON is the record", async () => {
  const csv = await read(`${REPORT}/tables/1-1-1.csv`);
  assert.equal(
    csv,
    "\uFEFF专业大类,2023年/招生数,2023年/占比（%）,2024年/招生数,2024年/占比（%）\r\n" +
      "财经商贸,312,41.2,335,42.0\r\n电子与信息,245,32.4,260,32.6\r\n文化艺术,200,26.4,203,25.4\r\n",
  );
  const json = Table.parse(JSON.parse(await read(`${REPORT}/tables/1-1-1.json`)));
  assert.deepEqual(json, fixtureReport().tables[0]);
});

test("a table without a body says so: no empty table, no CSV, still the JSON", async () => {
  const html = await read(`${REPORT}/tables/2-1/index.html`);
  assert.ok(!html.includes("<table"));
  assert.match(html, /此表未能识别为文字表格/);
  assert.match(html, /无 CSV（此表没有表体）/);
  assert.match(html, /原文中没有表体/);
  assert.ok(!html.includes("2-1.csv"));
  assert.match(html, /href="\/reports\/fixture-district-2024\/tables\/2-1\.json"/);
});

test("a case page: numbered title, its paragraphs, section, anchor and source lines", async () => {
  const html = await read(`${REPORT}/cases/2-1/index.html`);
  assert.match(html, /<span aria-current="page">案例2-1<\/span>/);
  assert.match(html, /<h1><span class="num">案例2-1<\/span> 校企共建“双师型”教师培养基地<\/h1>/);
  const body = /<div class="case-body">(.*?)<\/div>/s.exec(html)?.[1] ?? "";
  assert.equal(body.match(/<p>/g)?.length, 2);
  assert.match(html, /二 教学改革 › <a href="\/reports\/fixture-district-2024\/#sec-2-1">（一） 课程建设<\/a>/);
  assert.match(html, /<a href="\/reports\/fixture-district-2024\/#case-2-1">在报告正文中查看案例2-1<\/a>/);
  assert.match(html, /<code>900_fixture\.txt<\/code>：第 74–80 行/);
  assert.match(html, /data-pagefind-meta="类型">案例<\/span>/);
  assert.ok(!html.includes('class="pager"'), "a report's only case has no neighbours");
});

test("the case library groups cases by report and chapter, rows carrying the filter values", async () => {
  const html = await read("cases/index.html");
  assert.match(html, /<section class="case-group" id="r-fixture-district-2024" data-case-group/);
  assert.match(html, /<th colspan="3" scope="rowgroup">二 教学改革<\/th>/);
  assert.match(
    html,
    /data-report="fixture-district-2024"\s+data-title="示例区[^"]*"\s+data-region="示例区"\s+data-year="2024"/,
  );
  assert.match(html, /<th scope="row"><a href="\/reports\/fixture-district-2024\/cases\/2-1\/">案例2-1<\/a><\/th>/);
  assert.match(html, /<script>[^<]*getElementById\("case-filter"\)/);
  assert.ok(!html.includes("data-pagefind-body"), "the library is a listing, not a search result");
});

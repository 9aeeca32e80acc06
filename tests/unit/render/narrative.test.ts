import assert from "node:assert/strict";
import { test } from "node:test";

import { renderBlocks, renderNarrative, renderTable } from "../../../src/render/narrative/index.ts";
import { caseBody } from "../../../src/render/narrative/to-mdast.ts";
import { fixtureReport } from "../../fixtures/site/records.ts";

const html = renderNarrative(fixtureReport());

test("text is escaped, never interpreted as HTML or markdown", () => {
  assert.ok(!html.includes("<script"), "no script element");
  assert.ok(!html.includes("<b>"), "no b element from the text");
  assert.match(html, /&#x3C;script>alert\("x"\)&#x3C;\/script>/);
  assert.match(html, /\*\*星号\*\*/, "markdown syntax stays literal");
  assert.match(html, /&#x26; 不被解释/);
});

test("headings, tables, figures and cases carry the record ids, unprefixed", () => {
  for (const id of ["sec-1", "sec-1-1", "sec-1-2", "sec-2-1-1", "tbl-1-1-1", "tbl-2-1", "fig-1-1", "case-2-1"]) {
    assert.ok(html.includes(` id="${id}"`), `id ${id}`);
  }
  assert.ok(!html.includes("user-content-"));
  assert.match(html, /<h2 id="sec-1"><a href="#sec-1">一、<\/a>学生发展<\/h2>/);
  assert.match(html, /<h4 id="sec-2-1-1"><a href="#sec-2-1-1">1\.<\/a>思政课程一体化<\/h4>/);
});

test("a table with a two-row header renders caption, thead with both rows and tbody", () => {
  const table = /<table id="tbl-1-1-1">(.*?)<\/table>/s.exec(html)?.[1] ?? "";
  assert.match(
    table,
    /^<caption><a href="#tbl-1-1-1">表1-1-1<\/a> <a href="\/reports\/fixture-district-2024\/tables\/1-1-1\/">2023—2024年各专业大类招生情况<\/a><\/caption>/,
  );
  const thead = /<thead>(.*?)<\/thead>/s.exec(table)?.[1] ?? "";
  assert.equal(thead.match(/<tr>/g)?.length, 2);
  assert.match(thead, /<th scope="col" rowspan="2">专业大类<\/th><th scope="colgroup" colspan="2">2023年<\/th>/);
  assert.equal(thead.match(/<th scope="col">招生数<\/th>/g)?.length, 2);
  const tbody = /<tbody>(.*?)<\/tbody>/s.exec(table)?.[1] ?? "";
  assert.equal(tbody.match(/<tr>/g)?.length, 3);
  assert.match(tbody, /<td>财经商贸<\/td><td>312<\/td>/);
});

test("a table without a body is a figure with its caption only", () => {
  assert.match(
    html,
    /<figure class="table-missing" id="tbl-2-1"><figcaption><a href="#tbl-2-1">表2-1<\/a> <a href="\/reports\/fixture-district-2024\/tables\/2-1\/">课程改革项目一览<\/a><\/figcaption>/,
  );
});

test("figures and cases", () => {
  assert.match(html, /<figure class="figure" id="fig-1-1"><figcaption><a href="#fig-1-1">图1-1<\/a> /);
  const section = /<section class="case" id="case-2-1" aria-labelledby="case-2-1-title">(.*?)<\/section>/s.exec(
    html,
  )?.[1];
  assert.ok(section, "case section");
  assert.match(
    section,
    /<p class="case-title" id="case-2-1-title"><a href="#case-2-1">案例2-1<\/a> <a href="\/reports\/fixture-district-2024\/cases\/2-1\/">校企共建“双师型”教师培养基地<\/a><\/p>/,
  );
  assert.equal(section.match(/<p>/g)?.length, 2, "the case's two paragraphs are inside it");
  assert.match(html, /<\/section>\n<p>下一步/, "the next block is outside");
});

test("a table on its own page: same markup, the caption not linking to the page", () => {
  const report = fixtureReport();
  const own = renderTable(report.tables[0]!);
  assert.match(
    own,
    /^<div class="table-scroll"><table id="tbl-1-1-1"><caption><a href="#tbl-1-1-1">表1-1-1<\/a> 2023—2024年各专业大类招生情况<\/caption><thead>/,
  );
  assert.ok(!own.includes("/tables/1-1-1/"));
  // A cell the parser read as a number (its `values` entry) is marked for right alignment, with a short class.
  const table = report.tables[0]!;
  const values = table.rows.map((row) =>
    row.map((cell) => (/^\d/.test(cell) ? { number: Number(cell), unit: null, footnote: null } : null)),
  );
  const numbers = renderTable({ ...table, values });
  assert.match(numbers, /<tr><td>财经商贸<\/td><td class="n">312<\/td><td class="n">41\.2<\/td>/);
  assert.match(own, /<p class="note">注：数据来源于学校填报。<\/p><\/div>$/);
  assert.match(renderTable(report.tables[1]!), /^<figure class="table-missing" id="tbl-2-1">.*此表未能识别为文字表格/s);
});

test("a case's body: its blocks after the title, not wrapped in a case section", () => {
  const report = fixtureReport();
  const blocks = caseBody(report, "case-2-1");
  assert.deepEqual(
    blocks.map((b) => b.line),
    [75, 80],
  );
  const body = renderBlocks(report, blocks);
  assert.equal(body.match(/<p>/g)?.length, 2);
  assert.ok(!body.includes("<section") && !body.includes("case-title"));
});

// A region's next-year report beside its first, on the real pipeline: the next year is derived here from a
// bundled text (years moved by one, amounts changed; never committed as a copy), and the new report's
// 主要数据 and 与上年比较 draw on the previous report of its series for the year before.
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { escapeRegExp } from "../../src/lib/regexp.ts";
import { entitiesOf } from "../../src/link/entities/from-inputs.ts";
import { IndicatorList } from "../../src/model/index.ts";
import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords } from "../../src/pipeline/records.ts";
import { nextYear } from "../../src/pipeline/synthetic/derive.ts";
import { buildSite } from "../../src/site/build.ts";

const bundled = fileURLToPath(new URL("../../content/reports/", import.meta.url));
const SOURCE = "003_afe0fce556f47a39.txt"; // 北京市高职 2020: tables with 2019 and 2020 columns
const FIRST = "beijing-gaozhi-2020";
const NEXT = "beijing-gaozhi-2021";

let tmp: string;
const read = (path: string) => readFile(join(tmp, "dist", path), "utf8");

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "year-over-year-"));
  const content = join(tmp, "reports");
  await mkdir(content);
  await copyFile(join(bundled, SOURCE), join(content, SOURCE));
  const text = await readFile(join(bundled, SOURCE), "utf8");
  await writeFile(join(content, "next.txt"), nextYear(text, { seed: 7 }));
  const inputs = await readInputs(content);
  const records = buildRecords(inputs);
  await buildSite(records, { outDir: join(tmp, "dist"), search: false, entities: entitiesOf(records.reports, inputs) });
});
after(() => rm(tmp, { recursive: true, force: true }));

/** The section of a page that starts with `start` (up to the next section or nav). */
function section(html: string, start: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `${start} missing`);
  const to = html.slice(from + start.length).search(/<section|<nav/);
  return html.slice(from, to < 0 ? undefined : from + start.length + to);
}

/** The metric's whole-region figure of `year` in a report's table `table` (the built data). */
async function tableValue(report: string, metric: string, year: number, table: string): Promise<number> {
  const facts = IndicatorList.parse(JSON.parse(await read("data/indicators.json")));
  const f = facts.find(
    (i) =>
      i.report === report &&
      i.metric === metric &&
      i.year === year &&
      i.scope.kind === "region" &&
      i.qualifier === null &&
      i.source.table === table,
  );
  assert.ok(f, `${report} ${metric} ${year} in ${table}`);
  return f.value;
}

const zh = (n: number) => n.toLocaleString("zh-CN", { maximumFractionDigits: 3 });
const signed = (n: number) => escapeRegExp(n < 0 ? `−${zh(-n)}` : `+${zh(n)}`);

test("the next year's 与上年比较 shows the previous report's value for the year before, linked, with the change", async () => {
  const html = await read(`reports/${NEXT}/index.html`);
  const yoy = section(html, '<section class="yoy"');
  assert.match(
    yoy,
    /<th scope="col">2021年<\/th><th scope="col">2020年（本报告）<\/th><th scope="col">2020年（上一份报告）<\/th>/,
  );
  assert.match(yoy, new RegExp(`上一份报告：<a href="/reports/${FIRST}/">`));
  const before = await tableValue(FIRST, "graduates", 2020, "tbl-2-2");
  const now = await tableValue(NEXT, "graduates", 2021, "tbl-2-2");
  const row = /<tr><th scope="row">毕业生人数<\/th>.*?<\/tr>/.exec(yoy)?.[0] ?? "";
  assert.match(
    row,
    new RegExp(`<a href="/reports/${FIRST}/tables/2-2/"[^>]*>${zh(before)}人</a>`),
    "previous report's value",
  );
  const own = await tableValue(NEXT, "graduates", 2020, "tbl-2-2");
  if (own === before) {
    assert.doesNotMatch(row, /两份报告所载上年数不同/);
  } else {
    // The derived text changed the 2020 column too: the two reports disagree about 2020, and both stay.
    assert.match(row, new RegExp(`<a href="/reports/${NEXT}/tables/2-2/"[^>]*>${zh(own)}人</a>`));
    assert.match(row, /<strong class="flag">两份报告所载上年数不同<\/strong>/);
    assert.match(row, new RegExp(`按上一份报告 ${signed(now - before)}人（`), "the change from the previous report");
  }
});

test("a metric the new report gives only for its own year: the previous year and the change come from the previous report", async () => {
  const html = await read(`reports/${NEXT}/index.html`);
  const facts = IndicatorList.parse(JSON.parse(await read("data/indicators.json")));
  const whole = (report: string, year: number) =>
    facts.find(
      (i) =>
        i.report === report &&
        i.metric === "students" &&
        i.year === year &&
        i.scope.kind === "region" &&
        i.qualifier === null,
    );
  const [now, before] = [whole(NEXT, 2021), whole(FIRST, 2020)];
  assert.ok(now && before && !whole(NEXT, 2020), "students: 2021 in the new report, 2020 only in the first");
  const row = /<tr><th scope="row">在校生人数<\/th>.*?<\/tr>/.exec(section(html, '<section class="yoy"'))?.[0] ?? "";
  assert.match(row, /<td class="value">—<\/td>/, "the new report states no 2020 value");
  assert.match(row, new RegExp(`<a href="/reports/${FIRST}/#sec-1-1"[^>]*>${zh(before.value)}人</a>`));
  assert.match(row, new RegExp(`<td class="value">${signed(now.value - before.value)}人（`));
  const card = /<li><span class="label">在校生人数<\/span>.*?<\/li>/.exec(
    section(html, '<section class="headline"'),
  )?.[0];
  assert.match(card ?? "", /较上年 .*（据上一份报告）/);
});

test("a share's change is in percentage points; the headline links each value to its source", async () => {
  const html = await read(`reports/${NEXT}/index.html`);
  const headline = section(html, '<section class="headline"');
  assert.match(headline, /<h2 id="headline-title">主要数据（2021年）<\/h2>/);
  const now = await tableValue(NEXT, "employmentRate", 2021, "tbl-2-2");
  const own = await tableValue(NEXT, "employmentRate", 2020, "tbl-2-2");
  const points = Math.round((now - own) * 100) / 100;
  assert.match(
    headline,
    new RegExp(
      `<span class="label">就业率</span> <a class="figure" href="/reports/${NEXT}/tables/2-2/"[^>]*><data value="${now}">${zh(now)}</data>%</a> <span class="change">较上年 ${signed(points)}个百分点</span>`,
    ),
  );
});

test("the first report of the series has no previous report: its comparison says so, with its own columns", async () => {
  const html = await read(`reports/${FIRST}/index.html`);
  const yoy = section(html, '<section class="yoy"');
  assert.match(yoy, /本系列没有更早的报告/);
  assert.doesNotMatch(yoy, /上一份报告）<\/th>/);
  assert.match(
    yoy,
    /<tr><th scope="row">毕业生人数<\/th><td class="value"><a href="\/reports\/beijing-gaozhi-2020\/tables\/2-2\/"[^>]*>21,380人<\/a><\/td><td class="value"><a [^>]*>19,349人<\/a><\/td><td class="value">\+2,031人（\+10\.5%）<\/td><\/tr>/,
  );
});

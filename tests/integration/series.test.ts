/**
 * A series of two reports: two bundled texts plus a "next year" text derived from one of them (its years
 * moved on by one), built as a site. The two reports of the series link to each other, their tables follow
 * their lineage, the region page shows the series over the years, and no URL of the site built without the
 * new text is lost.
 */
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";

import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords } from "../../src/pipeline/records.ts";
import { buildSite } from "../../src/site/build.ts";
import { checkLinks } from "../../src/site/check-links.ts";
import { loadSiteData, type SiteData } from "../../src/site/eleventy/site-data.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";

/** 东城区 2023 (the one to follow) and 朝阳区 2022 (another region, alone in its series). */
const BUNDLED = ["004_401551532fed79cb.txt", "002_c07cee56016c1eeb.txt"];
const OLD = "dongcheng-zhongzhi-2023";
const NEW = "dongcheng-zhongzhi-2024";

let tmp: string;
let site: SiteData;
const dir = (...p: string[]) => join(tmp, ...p);
const read = (...p: string[]) => readFile(dir("with", ...p), "utf8");

/** Every 4-digit year of 2015–2030 moved on by one: the same report a year later. */
function shiftYears(text: string): string {
  return text.replace(/(?<!\d)(20(?:1[5-9]|2\d|30))(?!\d)/g, (y) => String(Number(y) + 1));
}

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-series-"));
  await mkdir(dir("content"));
  for (const f of BUNDLED) await copyFile(join(REPORTS_DIR, f), dir("content", f));
  const before = await readInputs(dir("content"));
  const first = await readFile(join(REPORTS_DIR, BUNDLED[0] ?? ""), "utf8");
  await writeFile(dir("content", "next-year.txt"), shiftYears(first));
  const after = await readInputs(dir("content"));
  await buildSite(buildRecords(before), { outDir: dir("without"), search: false });
  await buildSite(buildRecords(after), { outDir: dir("with"), search: false });
  site = await loadSiteData(dir("with"));
});
after(() => rm(tmp, { recursive: true, force: true }));

test("the two reports of the series know each other; the other region's report is alone in its own", () => {
  const page = (id: string) => site.reports.find((r) => r.report.id === id);
  assert.equal(page(OLD)?.series?.next?.id, NEW);
  assert.equal(page(OLD)?.series?.previous, null);
  assert.equal(page(NEW)?.series?.previous?.id, OLD);
  assert.deepEqual(
    page(NEW)?.series?.series.reports.map((r) => r.id),
    [OLD, NEW],
  );
  const alone = page("chaoyang-zhongzhi-2022")?.series;
  assert.deepEqual([alone?.previous, alone?.next, alone?.series.reports.length], [null, null, 1]);
});

test("a table page links to the same table of the neighbour report and lists it under 历年同表", async () => {
  const html = await read("reports", OLD, "tables", "1-1", "index.html");
  assert.match(html, /<nav class="series-nav"[^>]*>/);
  assert.match(html, new RegExp(`<a href="/reports/${NEW}/tables/1-1/" rel="next"[^>]*>2024年度报告 表1-1 ›</a>`));
  assert.match(html, /<a href="\/regions\/dongcheng\/#series-dongcheng-secondary">东城区 · 中职 系列（2 份）<\/a>/);
  assert.match(html, /<h2 id="lineage-title">历年同表<\/h2>/);
  assert.match(html, /<span aria-current="page">2023年度报告 表1-1 /);
  const back = await read("reports", NEW, "tables", "1-1", "index.html");
  assert.match(back, new RegExp(`<a href="/reports/${OLD}/tables/1-1/" rel="prev"[^>]*>‹ 2023年度报告 表1-1</a>`));
  // A case has no lineage: its nav leads to the neighbour report itself.
  const [kase] = site.cases.filter((c) => c.report.id === OLD);
  assert.ok(kase, "the report has cases");
  const caseHtml = await read(...kase.case.url.split("/").filter(Boolean), "index.html");
  assert.match(caseHtml, new RegExp(`<a href="/reports/${NEW}/" rel="next"[^>]*>2024年度报告 ›</a>`));
});

test("a report alone in its series has no series nav and no 历年同表", async () => {
  const html = await read("reports", "chaoyang-zhongzhi-2022", "tables", "1", "index.html");
  assert.doesNotMatch(html, /series-nav|历年同表/);
  const region = await read("regions", "chaoyang", "index.html");
  assert.match(region, /<h2 id="series-chaoyang-secondary">朝阳区 · 中职 系列（1 份，2022 年度）<\/h2>/);
  assert.doesNotMatch(region, /历年同表/);
});

test("the region page shows the series, its headline rows across the years and its lineages", async () => {
  const html = await read("regions", "dongcheng", "index.html");
  assert.match(html, /<h2 id="series-dongcheng-secondary">东城区 · 中职 系列（2 份，2023–2024 年度）<\/h2>/);
  const series = html.slice(html.indexOf('id="series-dongcheng-secondary"'));
  assert.ok(series.indexOf(`/reports/${OLD}/`) < series.indexOf(`/reports/${NEW}/`), "oldest report first");
  // 招生人数 of 2020–2022 in the 2023 report (表1-1), of 2021–2023 in the derived one.
  const headline = /<table class="entity-table headline">[\s\S]*?<\/table>/.exec(series)?.[0] ?? "";
  for (const year of [2020, 2021, 2022, 2023]) assert.match(headline, new RegExp(`<th scope="col">${year} 年</th>`));
  const enrollment = /<th scope="row"><a href="\/indicators\/enrollment\/">招生人数<\/a><\/th>[\s\S]*?<\/tr>/.exec(
    headline,
  )?.[0];
  assert.ok(enrollment, "招生人数 row");
  assert.ok((enrollment.match(/<td class="value/g) ?? []).length === 4, "one cell per year");
  // The derived text moves the columns of 表1-1 by a year, so both reports state 2021 and 2022 differently.
  assert.match(enrollment, /<td class="value differs">/);
  assert.match(enrollment, new RegExp(`href="/reports/${OLD}/tables/1-1/"[^>]*>195人</a> <small>（2023年度报告）`));
  assert.match(enrollment, new RegExp(`href="/reports/${NEW}/tables/1-1/"[^>]*>277人</a> <small>（2024年度报告）`));
  assert.match(series, /<h3 id="series-dongcheng-secondary-lineages">历年同表<\/h3>/);
  assert.match(
    series,
    new RegExp(
      `<a href="/reports/${OLD}/tables/1-1/">2023 表1-1</a> · <a href="/reports/${NEW}/tables/1-1/">2024 表1-1</a>`,
    ),
  );
});

test("every URL of the site built without the new text still resolves with it; every link resolves", async () => {
  const missing: string[] = [];
  for (const f of await files(dir("without"))) {
    if (!(await stat(dir("with", f)).catch(() => null))?.isFile()) missing.push(f);
  }
  assert.deepEqual(missing, []);
  assert.deepEqual(
    (await checkLinks(dir("with"))).filter((problem) => !problem.includes("/pagefind/")),
    [],
  );
});

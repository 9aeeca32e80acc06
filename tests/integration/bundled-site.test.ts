/**
 * The bundled reports built for real: every internal link resolves, permalinks do not depend on which
 * other reports are built, and two builds are byte-identical.
 */
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";

import { outputPath, urls } from "../../src/model/urls.ts";
import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords, type Records } from "../../src/pipeline/records.ts";
import { buildSite } from "../../src/site/build.ts";
import { checkLinks, idsOf } from "../../src/site/check-links.ts";
import { regionUrl } from "../../src/site/views/regions.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";

let tmp: string;
let all: Records;
let fewer: Records;
const out = (name: string, ...p: string[]) => join(tmp, name, ...p);

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-links-"));
  const inputs = await readInputs(REPORTS_DIR);
  all = buildRecords(inputs);
  // Without the first file: the other reports' URLs and anchors must not move.
  fewer = buildRecords(inputs.slice(1));
  await buildSite(all, { outDir: out("all") });
  await buildSite(all, { outDir: out("again") });
  await buildSite(fewer, { outDir: out("fewer"), search: false });
});
after(() => rm(tmp, { recursive: true, force: true }));

test("every internal href/src resolves to a file, every #fragment to an id of its page", async () => {
  const pages = (await files(out("all"))).filter((f) => f.endsWith(".html"));
  assert.ok(pages.length > 250, `${pages.length} pages`);
  assert.deepEqual(await checkLinks(out("all")), []);
});

test("every record permalink has its page, every table its downloads", async () => {
  const exists = (url: string) => stat(out("all", outputPath(url))).then((s) => s.isFile());
  for (const report of all.reports) {
    assert.ok(await exists(report.url), report.url);
    for (const item of [...report.tables, ...report.cases]) assert.ok(await exists(item.url), item.url);
    for (const table of report.tables) {
      assert.ok(await exists(urls.download(table.url, "json")), `${table.url} JSON`);
      assert.equal(await exists(urls.download(table.url, "csv")).catch(() => false), table.hasBody, `${table.url} CSV`);
    }
  }
  assert.ok(all.reports.reduce((n, r) => n + r.tables.length, 0) >= 30);
  assert.ok(all.reports.reduce((n, r) => n + r.cases.length, 0) >= 200);
});

test("removing a report changes no URL or anchor of the others", async () => {
  assert.equal(fewer.reports.length, all.reports.length - 1);
  for (const report of fewer.reports) {
    const dir = join("reports", report.id);
    const pages = await files(out("all", dir));
    assert.deepEqual(await files(out("fewer", dir)), pages, report.id);
    for (const page of pages.filter((p) => p.endsWith(".html"))) {
      const ids = async (name: string) => idsOf(await readFile(out(name, dir, page), "utf8"));
      assert.deepEqual(await ids("fewer"), await ids("all"), `${dir}/${page}`);
    }
    const before = all.reports.find((r) => r.id === report.id);
    const urlsOf = (r: typeof report) => [r.url, ...r.tables.map((t) => t.url), ...r.cases.map((c) => c.url)];
    assert.deepEqual(urlsOf(report), before && urlsOf(before));
  }
});

test("every school, specialty and metric of the data files has its page", async () => {
  const exists = (url: string) => stat(out("all", outputPath(url))).then((s) => s.isFile());
  const read = async (name: string) =>
    JSON.parse(await readFile(out("all", "data", `${name}.json`), "utf8")) as { id: string }[];
  const schools = await read("schools");
  const specialties = await read("specialties");
  assert.ok(
    schools.length >= 100 && specialties.length >= 100,
    `${schools.length} schools, ${specialties.length} specialties`,
  );
  for (const s of schools) assert.ok(await exists(urls.school(s.id)), s.id);
  for (const s of specialties) assert.ok(await exists(urls.specialty(s.id)), s.id);
  for (const metric of ["employmentRate", "enrollment", "studentTeacherRatio"]) {
    assert.ok(await exists(urls.indicator(metric)), metric);
  }
  for (const url of [urls.schools(), urls.specialties(), urls.indicators()]) assert.ok(await exists(url), url);
});

test("removing a report moves no school, specialty or indicator page, nor an anchor on one", async () => {
  for (const dir of ["schools", "specialties", "indicators"]) {
    const kept = await files(out("fewer", dir));
    const all = new Set(await files(out("all", dir)));
    assert.ok(kept.length > 0, dir);
    for (const page of kept) {
      assert.ok(all.has(page), `${dir}/${page} exists in both builds`);
      // A name-only specialty that the removed report gave a code: its old URL redirects to the code's page.
      if ((await readFile(out("all", dir, page), "utf8")).includes('http-equiv="refresh"')) continue;
      // A chart's SVG has internal ids (clip paths) named after its data; they are not anchors.
      const withoutSvg = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, "");
      const ids = async (name: string) => new Set(idsOf(withoutSvg(await readFile(out(name, dir, page), "utf8"))));
      const before = await ids("all");
      for (const id of await ids("fewer")) assert.ok(before.has(id), `${dir}/${page}#${id}`);
    }
  }
});

test("region pages, the region index and the downloads page do not move when a report is removed", async () => {
  const exists = (name: string, url: string) => stat(out(name, outputPath(url))).then((s) => s.isFile());
  for (const url of [urls.regions(), urls.downloads()]) {
    assert.ok((await exists("all", url)) && (await exists("fewer", url)), url);
  }
  for (const report of fewer.reports) {
    const url = regionUrl(report.region);
    assert.ok(url, report.id);
    assert.ok((await exists("all", url)) && (await exists("fewer", url)), url);
  }
});

test("two builds are byte-identical (pages, data, downloads and search index)", async () => {
  const list = await files(out("all"));
  assert.deepEqual(await files(out("again")), list);
  for (const f of list) {
    assert.ok((await readFile(out("all", f))).equals(await readFile(out("again", f))), `${f} differs`);
  }
});

test("each published report names the ids of its entities, and every id resolves in the entity files", async () => {
  const read = async (p: string) => JSON.parse(await readFile(out("all", "data", p), "utf8")) as unknown;
  const schools = new Set(((await read("schools.json")) as { id: string }[]).map((s) => s.id));
  const specialties = new Set(((await read("specialties.json")) as { id: string }[]).map((s) => s.id));
  const report = (await read("reports/dongcheng-zhongzhi-2023.json")) as {
    entities: { schools: string[]; specialties: string[]; indicators: string[] };
  };
  assert.ok(report.entities.schools.includes("guoji-zhiye-jiaoyu-xuexiao"), "北京国际职业教育学校");
  assert.ok(report.entities.schools.length >= 10 && report.entities.specialties.length > 0);
  assert.ok(report.entities.indicators.length > 0);
  for (const id of report.entities.schools) assert.ok(schools.has(id), id);
  for (const id of report.entities.specialties) assert.ok(specialties.has(id), id);
});

test("charts on report and table pages set their font once and carry no English ARIA", async () => {
  const pages = (await files(out("all"))).filter((f) => /^reports\/.*index\.html$/.test(f));
  let charts = 0;
  for (const page of pages) {
    for (const [svg] of (await readFile(out("all", page), "utf8")).matchAll(/<svg[^]*?<\/svg>/g)) {
      charts++;
      assert.equal(svg.match(/font-family=/g)?.length, 1, `${page}: the font family on the root only`);
      assert.doesNotMatch(svg, /X-axis|Y-axis|Title text|mark container/, page);
    }
  }
  assert.ok(charts >= 20, `${charts} charts`);
});

test("a metric page's chart names its reports as readers know them, not by id", async () => {
  const html = await readFile(out("all", "indicators", "employment-rate", "index.html"), "utf8");
  assert.match(html, /<span class="chart-source">来源：北京市高职 2020（每个数据点链接到它的出处）<\/span>/);
  assert.doesNotMatch(html, /来源：[^<]*beijing-gaozhi-2020/);
});

test("report pages show charts as images: described briefly, sized, their SVG file published", async () => {
  const pages = (await files(out("all"))).filter((f) => /^reports\/[^/]+\/index\.html$/.test(f));
  let images = 0;
  for (const page of pages) {
    const html = await readFile(out("all", page), "utf8");
    for (const [figure] of html.matchAll(/<figure class="chart"[^]*?<\/figure>/g)) {
      const img = /<img [^>]*>/.exec(figure)?.[0] ?? "";
      assert.ok(img, `${page}: a chart figure without an image`);
      images++;
      const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(img)?.[1] ?? "";
      assert.ok(attr("alt").length > 20, `${page}: ${img.slice(0, 120)}… describes the chart`);
      // The values are in the table beside it: the alt text says so instead of listing them again.
      assert.match(attr("alt"), /数值(及出处)?见[上下]表。$/, `${page}: ${attr("alt")}`);
      assert.ok(attr("alt").length < 300, `${page}: ${attr("alt")}`);
      assert.match(attr("width"), /^\d+(\.\d+)?$/, `${page}: ${attr("src")} width`);
      assert.match(attr("height"), /^\d+(\.\d+)?$/, `${page}: ${attr("src")} height`);
      assert.equal(attr("loading"), "lazy");
      assert.ok((await stat(out("all", outputPath(attr("src"))))).isFile(), `${page}: ${attr("src")} exists`);
    }
  }
  assert.ok(images >= 20, `${images} chart images on report pages`);
});

test("the long report pages do not grow", async () => {
  const size = async (id: string) => (await stat(out("all", outputPath(urls.report(id))))).size;
  // Issue 13 asks for ≤ 300 KB (from 754 KB); the narrative text alone is ~183 KB of it. Optional end tags
  // stay: Pagefind's parser needs them to keep the words of adjacent cells and paragraphs apart.
  const gaozhi2020 = await size("beijing-gaozhi-2020");
  assert.ok(gaozhi2020 <= 300_000, `the 2020 report page is ${gaozhi2020} bytes of HTML`);
  const zhongzhi2024 = await size("beijing-zhongzhi-2024");
  assert.ok(zhongzhi2024 <= 480_000, `the 2024 report page is ${zhongzhi2024} bytes of HTML`);
});

/**
 * The bundled reports in Chromium: table pages and their CSV, case pages, the case library filter,
 * search results showing their kind, and axe on every kind of page. Screenshots go to the temp folder.
 */
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

import type { Report } from "../../src/model/index.ts";
import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords } from "../../src/pipeline/records.ts";
import { browserSkip } from "../helpers/browser.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";
import { servedSite } from "../helpers/served-site.ts";

const skip = browserSkip();
let reports: Report[];

const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `site-${name}.png`) });
const report = (id: string): Report => {
  const found = reports.find((r) => r.id === id);
  if (!found) throw new Error(`no report ${id}`);
  return found;
};

/** RFC 4180 records (quoted fields, doubled quotes, CRLF after every record). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [[]];
  const pattern = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    records.at(-1)!.push(m?.[1] !== undefined ? m[1].replace(/""/g, '"') : (m?.[2] ?? ""));
    at = pattern.lastIndex;
    if (text.startsWith(",", at)) at += 1;
    else if (text.startsWith("\r\n", at)) {
      at += 2;
      if (at < text.length) records.push([]);
    } else if (at < text.length) throw new Error(`bad CSV at ${at}`);
  }
  return records;
}

const env = servedSite("site-pages-", async () => {
  const records = buildRecords(await readInputs(REPORTS_DIR));
  reports = records.reports;
  return records;
});

async function open(path: string): Promise<{ page: Page; failed: string[] }> {
  // A page of its own context: axe needs one (it opens a helper page in it).
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("pageerror", (e) => failed.push(e.message));
  await page.goto(new URL(path, env.site.url).href);
  return { page, failed };
}

test("a table page and its CSV download", { skip }, async () => {
  const table = report("beijing-zhongzhi-2024").tables.find((t) => t.number === "1-2-1");
  assert.ok(table);
  const { page, failed } = await open(table.url);
  assert.equal(await page.locator("h1").textContent(), `表1-2-1 ${table.caption}`);
  assert.equal(await page.locator("main table thead th").first().getAttribute("scope"), "col");
  assert.equal(await page.locator("main table tbody tr").count(), table.rows.length);
  await shot(page, "table");
  const href = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
  assert.equal(href, "/reports/beijing-zhongzhi-2024/tables/1-2-1.csv");
  // The table's chart sits under it, an accessible SVG with its spec and SVG downloadable beside the CSV.
  const chart = page.locator("main figure.chart");
  assert.equal(await chart.locator("svg[role=img] > title").count(), 1);
  const specHref = await chart.getByRole("link", { name: "图表规格（Vega-Lite JSON）" }).getAttribute("href");
  assert.ok(specHref);
  const spec = await page.evaluate(async (url) => (await fetch(url)).json(), specHref);
  assert.equal((spec as { $schema?: string }).$schema?.includes("vega-lite"), true);
  const bytes = await page.evaluate(async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer())], href);
  assert.deepEqual(bytes.slice(0, 3), [0xef, 0xbb, 0xbf], "UTF-8 BOM");
  const [header, ...rows] = parseCsv(new TextDecoder().decode(Uint8Array.from(bytes)));
  assert.deepEqual(header, table.columns);
  assert.equal(rows.length, table.rows.length);
  assert.deepEqual(rows, table.rows);
  await page.getByRole("link", { name: "在报告正文中查看表1-2-1" }).click();
  await page.waitForURL(/\/reports\/beijing-zhongzhi-2024\/#tbl-1-2-1$/);
  assert.equal(await page.locator(":target").getAttribute("id"), "tbl-1-2-1");
  assert.deepEqual(failed, []);
});

test("a case page, its neighbours, and the case library filter", { skip }, async () => {
  const cases = report("dongcheng-zhongzhi-2023").cases;
  const [first, second] = cases;
  assert.ok(first && second);
  const { page, failed } = await open(first.url);
  assert.equal(await page.locator("h1").textContent(), `案例${first.number} ${first.title}`);
  assert.ok((await page.locator(".case-body p").count()) > 0, "the case's text");
  await shot(page, "case");
  await page.getByRole("link", { name: /^下一个：/ }).click();
  await page.waitForURL(new RegExp(`${second.url}$`));
  assert.equal(await page.locator("h1").textContent(), `案例${second.number} ${second.title}`);

  await page.goto(new URL("/cases/", env.site.url).href);
  const filter = (name: string) => page.getByRole("combobox", { name, exact: true });
  const rows = page.locator("tr[data-report]");
  const visible = page.locator("tr[data-report]:visible");
  const total = reports.reduce((n, r) => n + r.cases.length, 0);
  assert.equal(await rows.count(), total);
  await filter("地区").selectOption("东城区");
  assert.equal(await visible.count(), cases.length);
  assert.equal(await page.locator("#case-count").textContent(), `显示 ${cases.length} / ${total} 个案例`);
  assert.equal(await page.locator("section.case-group:visible").count(), 1);
  await filter("地区").selectOption("");
  await filter("年度").selectOption("2020");
  assert.equal(await visible.count(), report("beijing-gaozhi-2020").cases.length);
  await filter("报告").selectOption("chaoyang-zhongzhi-2022");
  assert.equal(await visible.count(), 0, "no report of 2020 is chaoyang's");
  await filter("年度").selectOption("");
  assert.equal(await visible.count(), report("chaoyang-zhongzhi-2022").cases.length);
  await shot(page, "cases");
  await visible.first().getByRole("link").click();
  await page.waitForURL(/\/reports\/chaoyang-zhongzhi-2022\/cases\/u1\/$/);
  assert.deepEqual(failed, []);
});

/**
 * The result cards of the search page for a query (`/search/?q=…`), each with its kind: the first page of
 * results, once every card is drawn (the status line is set before the cards' data have loaded).
 */
async function search(query: string): Promise<{ title: string; kind: string }[]> {
  const { page, failed } = await open(`/search/?q=${encodeURIComponent(query)}`);
  await page.locator(".search-result").first().waitFor({ timeout: 10_000 });
  await page.waitForFunction(
    `(() => {
      const drawn = document.querySelectorAll(".search-result").length;
      const found = Number(/：(\\d+) 个页面/.exec(document.querySelector(".search-status")?.textContent ?? "")?.[1] ?? -1);
      return found >= 0 && drawn >= Math.min(found, 20);
    })()`,
    undefined,
    { timeout: 10_000 },
  );
  const results = await page.locator(".search-result").evaluateAll((els) =>
    els.map((el) => ({
      title: el.querySelector(".search-title")?.textContent?.trim() ?? "",
      kind: el.querySelector(".search-meta .kind")?.textContent?.trim() ?? "",
    })),
  );
  await page.screenshot({ path: join(tmpdir(), `site-search-${results.length}.png`) });
  await page.context().close();
  assert.deepEqual(failed, []);
  return results;
}

test("search finds report sections, tables and cases, and says which", { skip }, async () => {
  const results = await search("双师型");
  assert.ok(results.length >= 3, `${results.length} results`);
  assert.ok(
    results.every((r) => /^(报告|表格|案例|学校|专业|指标)$/.test(r.kind)),
    JSON.stringify(results),
  );
  assert.ok(results.some((r) => r.kind === "案例"));
  // Pagefind splits 案例2-1 into 案例, 2 and 1, so the case numbered 2-1 is not necessarily first;
  // what matters here is that the hits are cases and say so.
  const byNumber = await search("案例2-1");
  assert.ok(
    byNumber.length > 0 && byNumber.every((r) => /^(案例|典型|案例分享)/.test(r.title)),
    JSON.stringify(byNumber),
  );
  assert.ok(
    byNumber.every((r) => r.kind === "案例"),
    JSON.stringify(byNumber),
  );
  const table = await search("新增专业备案名单");
  assert.ok(
    table.some((r) => r.title.startsWith("表1-2-1") && r.kind === "表格"),
    JSON.stringify(table),
  );
});

test("a cross-reference in a report paragraph leads to the table's page", { skip }, async () => {
  const { page, failed } = await open("/reports/beijing-gaozhi-2020/");
  const link = page.locator("article.narrative p").getByRole("link", { name: "表 5-1", exact: true });
  assert.equal(await link.count(), 1);
  assert.match((await link.getAttribute("title")) ?? "", /^表5-1 /);
  await link.click();
  await page.waitForURL(/\/reports\/beijing-gaozhi-2020\/tables\/5-1\/$/);
  assert.match((await page.locator("h1").textContent()) ?? "", /^表5-1 /);
  assert.deepEqual(failed, []);
});

test(
  "a report page's number links are bold and dotted without a class; its number cells align right",
  { skip },
  async () => {
    const { page, failed } = await open("/reports/beijing-gaozhi-2020/");
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const s = el.ownerDocument.defaultView?.getComputedStyle(el);
          return `${s?.fontWeight} ${s?.textDecorationStyle}`;
        });
    // A heading's, a table caption's, a case title's and a list entry's number: the first self-link.
    for (const selector of [
      'article.narrative h3 > a[href="#sec-1-1"]',
      'article.narrative caption > a[href^="#tbl-"]',
      'article.narrative .case-title > a[href^="#case-"]',
      '#list-cases + ul li > a[href^="#case-"]',
    ])
      assert.equal(await style(selector), "700 dotted", selector);
    assert.equal(
      await style('article.narrative h3 > a[href^="/"], article.narrative p > a[href^="/schools/"]'),
      "400 solid",
    );
    const cell = page.locator("article.narrative td.n").first();
    assert.equal(await cell.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).textAlign), "right");
    assert.deepEqual(failed, []);
  },
);

test("a report's region links to the region page, which lists its reports by year", { skip }, async () => {
  const { page, failed } = await open("/reports/beijing-zhongzhi-2024/");
  await page.locator("dl.meta").getByRole("link", { name: "北京市", exact: true }).click();
  await page.waitForURL(/\/regions\/beijing\/$/);
  const rows = page.locator("main table.listing tbody tr");
  // Its reports, whatever the grouping (series by school level) and order the region page chooses.
  assert.deepEqual(
    (await rows.locator("th a").allTextContents()).sort(),
    [report("beijing-gaozhi-2020").title, report("beijing-zhongzhi-2024").title].sort(),
  );
  await shot(page, "region");
  await page.getByRole("navigation", { name: "面包屑导航" }).getByRole("link", { name: "地区" }).click();
  await page.waitForURL(/\/regions\/$/);
  assert.equal(await page.locator("ul.regions > li").count(), 3);
  await shot(page, "regions");
  assert.deepEqual(failed, []);
});

test("the downloads page links the dataset, each report's JSON and every table's CSV", { skip }, async () => {
  const { page, failed } = await open("/data/");
  await shot(page, "downloads");
  const index = await page.getByRole("link", { name: "index.json", exact: true }).first().getAttribute("href");
  assert.equal(index, "/data/index.json");
  const json = (await page.evaluate(async (url) => (await fetch(url)).json(), index)) as { reports: { id: string }[] };
  assert.deepEqual(json.reports.map((r) => r.id).sort(), reports.map((r) => r.id).sort());
  const reportJson = await page
    .locator("#r-dongcheng-zhongzhi-2023")
    .getByRole("link", { name: /\.json$/ })
    .first();
  const record = (await page.evaluate(
    async (url) => (await fetch(url ?? "")).json(),
    await reportJson.getAttribute("href"),
  )) as { id: string };
  assert.equal(record.id, "dongcheng-zhongzhi-2023");
  // Each table with a body: its CSV and its long-format CSV.
  const bodies = reports.flatMap((r) => r.tables).filter((t) => t.hasBody).length;
  const longLinks = await page.locator('a[href$=".long.csv"][href^="/reports/"]').count();
  const csvLinks = await page.locator('a[href$=".csv"][href^="/reports/"]').count();
  assert.deepEqual([csvLinks - longLinks, longLinks], [bodies, bodies]);
  assert.deepEqual(failed, []);
});

test("search finds 产教融合, 岗课赛证 and a specialty code", { skip }, async () => {
  const broad = await search("产教融合");
  assert.ok(broad.length >= 4, `${broad.length} results`);
  const word = await search("岗课赛证");
  assert.ok(word.length >= 2, JSON.stringify(word));
  const code = await search("750201");
  assert.ok(
    code.some((r) => r.title.startsWith("表1-2-1")),
    JSON.stringify(code),
  );
  assert.ok(
    code.some((r) => r.title === "750201 音乐表演" && r.kind === "专业"),
    JSON.stringify(code),
  );
});

test("search finds a school by its short name, and says it is a school", { skip }, async () => {
  for (const [query, name] of [
    ["劲松职高", "北京市劲松职业高中"],
    ["昌平职业学校", "北京市昌平职业学校"],
  ] as const) {
    const results = await search(query);
    assert.ok(
      results.some((r) => r.title === name && r.kind === "学校"),
      `${query}: ${JSON.stringify(results)}`,
    );
  }
});

test(
  "a school page: a mention leads to its place in the report; the directory lists the school",
  { skip },
  async () => {
    const { page, failed } = await open("/schools/jinsong-zhiye-gaozhong/");
    assert.equal((await page.locator("h1").textContent())?.trim(), "北京市劲松职业高中");
    assert.ok((await page.locator("ol.mentions li").count()) >= 10, "its mentions");
    await shot(page, "school");
    const mention = page.locator('ol.mentions a[href*="#sec-"]').first();
    const href = (await mention.getAttribute("href")) ?? "";
    assert.match(href, /^\/reports\/[a-z0-9-]+\/#sec-[a-z0-9-]+$/);
    await mention.click();
    await page.waitForURL(new URL(href, env.site.url).href);
    assert.equal(await page.locator(":target").getAttribute("id"), href.split("#")[1]);
    // Back in the report's narrative, the school's name links to its page.
    const named = page.locator('article.narrative a[href="/schools/jinsong-zhiye-gaozhong/"]');
    assert.ok((await named.count()) > 0, "the narrative links the name");
    await page.goto(new URL("/schools/", env.site.url).href);
    assert.equal(await page.locator('main a[href="/schools/jinsong-zhiye-gaozhong/"]').count(), 1);
    await shot(page, "schools");
    assert.deepEqual(failed, []);
  },
);

test("a specialty page lists its events with school and source links", { skip }, async () => {
  const { page, failed } = await open("/specialties/750201/");
  assert.equal((await page.locator("h1").textContent())?.replace(/\s+/g, " ").trim(), "750201 音乐表演");
  assert.ok((await page.locator("main table tbody tr").count()) >= 4, "its events");
  await shot(page, "specialty");
  await page.locator('main table a[href^="/schools/"]').first().click();
  await page.waitForURL(/\/schools\/[a-z0-9-]+\/$/);
  assert.ok((await page.locator('main a[href="/specialties/750201/"]').count()) > 0, "the school links back");
  await page.goto(new URL("/indicators/employment-rate/", env.site.url).href);
  // The metric's chart over the years, every point a link to its source.
  assert.equal(await page.locator("main figure.chart svg[role=img]").count(), 1);
  assert.ok((await page.locator("main figure.chart svg a").count()) >= 2, "points link their sources");
  assert.ok((await page.locator("table.comparison td a").count()) >= 3, "values linking their sources");
  await shot(page, "indicator");
  assert.deepEqual(failed, []);
});

test(
  "a report's 数据概览 charts its own figures over the years, with its data; the region page too",
  { skip },
  async () => {
    const { page, failed } = await open("/reports/dongcheng-zhongzhi-2023/");
    const overview = page.locator("main section.overview");
    // On the (long) report page the chart is an image of its SVG file, whose points link to their sources.
    const img = overview.locator("figure.chart img");
    assert.equal(await img.count(), 1);
    assert.ok(((await img.getAttribute("alt")) ?? "").length > 10, "the image is described");
    const src = (await img.getAttribute("src")) ?? "";
    const svg = await (await page.request.get(new URL(src, env.site.url).href)).text();
    const points = [...svg.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
    assert.ok(points.length >= 3, `${points.length} points`);
    for (const href of points) assert.match(href, /^\/reports\/dongcheng-zhongzhi-2023\//);
    assert.ok((await overview.locator("table tbody tr").count()) >= 5, "every figure in the table beside it");
    const csvHref = await overview.getByRole("link", { name: "数据（CSV）" }).getAttribute("href");
    assert.equal(csvHref, "/reports/dongcheng-zhongzhi-2023/overview.csv");
    const csv = parseCsv(
      (await (await page.request.get(new URL(csvHref, env.site.url).href)).text()).replace(/^\uFEFF/, ""),
    );
    assert.deepEqual(csv[0], ["指标", "单位", "年份", "范围", "数值", "原文", "出处", "链接"]);
    assert.ok(
      csv.some((r) => r[0] === "招生人数" && r[2] === "2020" && r[4] === "277"),
      "招生人数 2020 = 277",
    );
    await overview.locator("figure.chart").screenshot({ path: join(tmpdir(), "site-overview-chart.png") });
    // A report whose figures are all of one year has the table but no chart.
    await page.goto(new URL("/reports/beijing-zhongzhi-2024/", env.site.url).href);
    assert.equal(await page.locator("main section.overview figure.chart").count(), 0);
    assert.ok((await page.locator("main section.overview table tbody tr").count()) >= 1);
    await page.goto(new URL("/regions/dongcheng/", env.site.url).href);
    assert.equal(await page.locator("main figure.chart svg[role=img]").count(), 1);
    assert.deepEqual(failed, []);
  },
);

test("keyboard: Tab reaches the skip link first, and it moves focus to the main content", { skip }, async () => {
  const { page } = await open("/reports/dongcheng-zhongzhi-2023/");
  await page.keyboard.press("Tab");
  assert.equal(await page.locator(":focus").textContent(), "跳到主要内容");
  assert.ok(await page.locator("a.skip").isVisible(), "the skip link shows when focused");
  await shot(page, "skip-link");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(":focus").getAttribute("id"), "main");
  await page.keyboard.press("Tab");
  const next = (await page.locator("main :focus").count()) === 1;
  assert.ok(next, "the next Tab stays in the main content");
  const outline = await page
    .locator(":focus")
    .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).outlineStyle);
  assert.equal(outline, "solid", "a visible focus ring");
});

test("printed, a report is a document: no navigation, search or breadcrumbs", { skip }, async () => {
  const { page } = await open("/reports/beijing-gaozhi-2020/");
  await page.emulateMedia({ media: "print" });
  for (const selector of [".site-header nav", ".breadcrumbs", "nav.outline", ".site-footer"]) {
    assert.equal(await page.locator(selector).isVisible(), false, selector);
  }
  assert.ok(await page.locator("article.narrative").isVisible());
  const decoration = await page
    .locator("article.narrative a")
    .first()
    .evaluate((a) => a.ownerDocument.defaultView?.getComputedStyle(a).textDecorationLine);
  assert.equal(decoration, "none");
  const rowBreak = await page
    .locator("article.narrative tr")
    .first()
    .evaluate((tr) => tr.ownerDocument.defaultView?.getComputedStyle(tr).breakInside);
  assert.equal(rowBreak, "avoid");
  await shot(page, "print");
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000, `${pdf.length} bytes of PDF`);
  await page.context().close();
});

test("no serious or critical axe violations on each kind of page", { skip }, async () => {
  const dongcheng = report("dongcheng-zhongzhi-2023");
  const pages = {
    home: "/",
    report: dongcheng.url,
    table: dongcheng.tables[0]?.url ?? "",
    case: dongcheng.cases[0]?.url ?? "",
    cases: "/cases/",
    quality: `${dongcheng.url}quality/`,
    regions: "/regions/",
    region: "/regions/dongcheng/",
    downloads: "/data/",
    schools: "/schools/",
    school: "/schools/jinsong-zhiye-gaozhong/",
    specialties: "/specialties/",
    specialty: "/specialties/750201/",
    indicators: "/indicators/",
    indicator: "/indicators/employment-rate/",
  };
  const found: string[] = [];
  for (const [name, path] of Object.entries(pages)) {
    const { page } = await open(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
      found.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
    await page.context().close();
  }
  assert.deepEqual(found, []);
});

/**
 * Pairs of visible texts in each chart SVG on the page whose boxes overlap (more than a pixel each
 * way), and value labels (text marks) that cover a point (a symbol mark) of their chart. Labels that
 * Vega's overlap removal hid (opacity 0) do not count: nobody sees them.
 */
async function chartTextOverlaps(page: Page): Promise<string[]> {
  // No named functions inside: the bundler would wrap them in a helper the page does not have.
  return page.locator("figure.chart svg text").evaluateAll((texts) => {
    const shown = texts
      .filter((t) => {
        if ((t.textContent ?? "").trim() === "") return false;
        for (let e = t as typeof t | null; e && e.tagName.toLowerCase() !== "svg"; e = e.parentElement) {
          if (e.getAttribute("opacity") === "0" || e.getAttribute("fill-opacity") === "0") return false;
        }
        return true;
      })
      .map((t) => ({ svg: t.closest("svg"), text: t.textContent ?? "", box: t.getBoundingClientRect() }))
      .filter((t) => t.box.width > 0);
    const found: string[] = [];
    shown.forEach((a, i) => {
      for (const b of shown.slice(i + 1)) {
        if (a.svg !== b.svg) continue;
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) found.push(`${a.text} × ${b.text}`);
      }
    });
    // Every visible text against the points of its chart: a value label sits beside its point, not on it.
    const doc = texts[0]?.ownerDocument;
    const points = [...(doc?.querySelectorAll("figure.chart svg g.mark-symbol path") ?? [])].map((p) => ({
      svg: p.closest("svg"),
      box: p.getBoundingClientRect(),
    }));
    for (const label of shown) {
      for (const p of points.filter((point) => point.svg === label.svg)) {
        const x = Math.min(label.box.right, p.box.right) - Math.max(label.box.left, p.box.left);
        const y = Math.min(label.box.bottom, p.box.bottom) - Math.max(label.box.top, p.box.top);
        if (x > 1 && y > 1) found.push(`${label.text} covers a point`);
      }
    }
    return found;
  });
}

test("chart labels never overlap, measured in the browser on every chart of every kind of page", { skip }, async () => {
  const page = await env.browser.newPage();
  let charts = 0;
  let points = 0;
  const indicators = await readdir(join(env.dir, "indicators"), { withFileTypes: true });
  const urls = [
    ...reports.flatMap((r) => [r.url, ...r.tables.map((t) => t.url)]),
    ...indicators.filter((e) => e.isDirectory()).map((e) => `/indicators/${e.name}/`),
    ...["/regions/beijing/", "/regions/chaoyang/", "/regions/dongcheng/"],
  ];
  for (const url of urls) {
    await page.goto(new URL(url, env.site.url).href);
    const count = await page.locator("figure.chart svg").count();
    if (count === 0) continue;
    charts += count;
    points += await page.locator("figure.chart svg g.mark-symbol path").count();
    assert.deepEqual(await chartTextOverlaps(page), [], url);
  }
  // 20 table charts on their pages and again in their reports, 14 metrics, 3 overviews, 3 regions.
  assert.ok(charts >= 60, `${charts} charts measured`);
  // The points the labels were measured against (line charts and single values draw symbols).
  assert.ok(points >= 50, `${points} points measured`);
  await page.close();
});

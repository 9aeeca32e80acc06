/**
 * Search, measured on the bundled reports in Chromium. For each probe term: which indexed pages contain
 * it (the built HTML's `data-pagefind-body`, without `data-pagefind-ignore` parts: what Pagefind reads)
 * and which of them Pagefind's JS API returns; recall must be ≥ 0.95 per term. Entity probes must have
 * their page first as the search page orders results (assets/search-core.js, imported here), and so must
 * every school and specialty name and alias of the published data. Then the search page itself: a pasted
 * /search/?q= URL, the header box, excerpts, filters, and the page without JavaScript.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { test } from "node:test";

import type { Page } from "playwright-core";

import { urls } from "../../src/model/urls.ts";
import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords } from "../../src/pipeline/records.ts";
import { browserSkip } from "../helpers/browser.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";
import { type ServedSite, servedSite } from "../helpers/served-site.ts";

const skip = browserSkip();

/** A probe: a term a reader types, and for a name, the page that must come first. */
interface Probe {
  readonly term: string;
  readonly entity?: string;
}

/** Names, short names and aliases, policy terms, specialties (names and codes), districts, metrics, Latin and codes. */
const PROBES: readonly Probe[] = [
  { term: "北京国际职业教育学校", entity: "/schools/guoji-zhiye-jiaoyu-xuexiao/" },
  { term: "北京市劲松职业高中", entity: "/schools/jinsong-zhiye-gaozhong/" },
  { term: "北京市丰台区职业教育中心学校", entity: "/schools/fengtai-zhiye-jiaoyu-zhongxin-xuexiao/" },
  { term: "北京市商业学校", entity: "/schools/shangye-xuexiao/" },
  { term: "北京市昌平职业学校", entity: "/schools/changping-zhiye-xuexiao/" },
  { term: "北京市电气工程学校", entity: "/schools/dianqi-gongcheng-xuexiao/" },
  { term: "北京电子科技职业学院", entity: "/schools/dianzi-keji-zhiye-xueyuan/" },
  { term: "中国戏曲学院", entity: "/schools/zhongguo-xiqu-xueyuan/" },
  { term: "劲松职高", entity: "/schools/jinsong-zhiye-gaozhong/" },
  { term: "劲松" },
  { term: "丰台区职教中心学校", entity: "/schools/fengtai-zhiye-jiaoyu-zhongxin-xuexiao/" },
  { term: "昌平职业学校", entity: "/schools/changping-zhiye-xuexiao/" },
  { term: "国职", entity: "/schools/guoji-zhiye-jiaoyu-xuexiao/" },
  { term: "北京商贸学校", entity: "/schools/shangmao-xuexiao/" },
  { term: "产教融合" },
  { term: "岗课赛证" },
  { term: "双师型", entity: "/indicators/dual-qualified-teachers/" },
  { term: "校企合作" },
  { term: "现代学徒制" },
  { term: "工匠精神" },
  { term: "课程思政" },
  { term: "职业技能等级证书" },
  { term: "贯通培养" },
  { term: "立德树人" },
  { term: "德技并修" },
  { term: "专业群" },
  { term: "实训基地" },
  { term: "职业教育" },
  { term: "学前教育" },
  { term: "750201", entity: "/specialties/750201/" },
  { term: "710201", entity: "/specialties/710201/" },
  { term: "计算机应用", entity: "/specialties/710201/" },
  { term: "电子商务", entity: "/specialties/730701/" },
  { term: "中餐烹饪", entity: "/specialties/740201/" },
  { term: "幼儿保育", entity: "/specialties/770101/" },
  { term: "护理", entity: "/specialties/zy-hu-li/" },
  { term: "朝阳区" },
  { term: "东城区" },
  { term: "丰台区" },
  { term: "海淀区" },
  { term: "西城区" },
  { term: "通州区" },
  { term: "就业率", entity: "/indicators/employment-rate/" },
  { term: "生师比", entity: "/indicators/student-teacher-ratio/" },
  { term: "招生人数", entity: "/indicators/enrollment/" },
  { term: "1+X" },
  { term: "BIM" },
  { term: "TAFE" },
  { term: "PDCA" },
  { term: "ISO9001" },
  { term: "案例2-1" },
];

const MIN_RECALL = 0.95;

const bundled = async () => buildRecords(await readInputs(REPORTS_DIR));
const env = servedSite("search-recall-", bundled);
/** The same reports with the index cut into buckets (src/site/search/buckets.ts), as a site of 100+ reports is. */
const bucketed = servedSite("search-recall-buckets-", bundled, { searchBuckets: true, searchCache: null });

/** The URLs of the pages Pagefind indexes: those whose HTML marks a `data-pagefind-body`. */
async function indexedPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (e.name !== "index.html" || !e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    if (!(await readFile(path, "utf8")).includes("data-pagefind-body")) continue;
    const folder = relative(dir, e.parentPath).split(sep).join("/");
    out.push(folder ? `/${folder}/` : "/");
  }
  return out.sort();
}

/**
 * In the page: each URL's indexed text, lower-cased. Block elements end a run of text (as in Pagefind,
 * a word never spans two table cells); inline elements do not.
 */
const INDEXED_TEXT = `async (urls) => {
  const BLOCK = /^(P|DIV|LI|TD|TH|TR|H[1-6]|SECTION|ARTICLE|FIGURE|FIGCAPTION|CAPTION|TABLE|THEAD|TBODY|TFOOT|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|NAV|HEADER|FOOTER|BR|MAIN|ASIDE|DETAILS|SUMMARY)$/;
  const out = {};
  for (const url of urls) {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
    const body = doc.querySelector("[data-pagefind-body]");
    body.querySelectorAll("[data-pagefind-ignore], script, style, svg, template, noscript").forEach((e) => e.remove());
    const parts = [];
    const visit = (n) => {
      if (n.nodeType === 3) parts.push(n.nodeValue);
      if (n.nodeType !== 1) return;
      const block = BLOCK.test(n.tagName);
      if (block) parts.push("\\n");
      n.childNodes.forEach(visit);
      if (block) parts.push("\\n");
    };
    visit(body);
    out[url] = parts.join("").replace(/\\s+/g, " ").toLowerCase();
  }
  return out;
}`;

const ALNUM = /[a-z0-9]/;

/**
 * Whether the text has the term as a reader means it: anywhere for Chinese; a Latin or numeric edge of
 * the term must not continue a Latin word or a number (AI is not in "email", 2-1 is not in 2-10).
 */
function containsTerm(text: string, term: string): boolean {
  const t = term.toLowerCase();
  for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
    const joinsBefore = ALNUM.test(t[0] ?? "") && ALNUM.test(text[at - 1] ?? "");
    const joinsAfter = ALNUM.test(t.at(-1) ?? "") && ALNUM.test(text[at + t.length] ?? "");
    if (!joinsBefore && !joinsAfter) return true;
  }
  return false;
}

/**
 * Opens the search page and exposes Pagefind (opened as the page opens it: every bundle of the manifest),
 * the search page's module and its directory as `window.__search`.
 */
async function searchApi(site: ServedSite = env): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(new URL(urls.search(), site.site.url).href);
  await page.evaluate(`(async () => {
    const core = await import(${JSON.stringify(urls.asset("search-core.js"))});
    const pagefind = await core.openSearch(document.querySelector(".search-form").dataset.searchIndex, (u) => import(u));
    const directory = core.prepareDirectory(JSON.parse(document.getElementById("search-directory").textContent));
    window.__search = { core, pagefind, directory };
  })()`);
  return page;
}

/** Every URL Pagefind returns for the term, in its order. */
const pagefindUrls = (page: Page, term: string): Promise<string[]> =>
  page.evaluate(`(async () => {
    const response = await window.__search.pagefind.search(${JSON.stringify(term)});
    return Promise.all(response.results.map(async (r) => (await r.data()).url));
  })()`);

/** The first URL the search page shows for the term (entity cards, then Pagefind's order). */
const firstShown = async (page: Page, term: string): Promise<string | undefined> =>
  (
    (await page.evaluate(`(async () => {
      const { core, pagefind, directory } = window.__search;
      return core.rankedUrls(pagefind, directory, ${JSON.stringify(term)}, 1);
    })()`)) as string[]
  )[0];

/** Runs every probe on `site`: the failures, after printing each term's recall and the mean. */
async function probeFailures(site: ServedSite): Promise<string[]> {
  const pages = await indexedPages(site.dir);
  assert.ok(pages.length > 300, `${pages.length} indexed pages`);
  const page = await searchApi(site);
  const texts = (await page.evaluate(`(${INDEXED_TEXT})(${JSON.stringify(pages)})`)) as Record<string, string>;
  const rows: string[] = [];
  const failures: string[] = [];
  let recallSum = 0;
  for (const { term, entity } of PROBES) {
    const expected = pages.filter((url) => containsTerm(texts[url] ?? "", term));
    const found = new Set(await pagefindUrls(page, term));
    const hits = expected.filter((url) => found.has(url)).length;
    const recall = expected.length === 0 ? Number.NaN : hits / expected.length;
    recallSum += recall;
    const first = await firstShown(page, term);
    const rank = entity ? (first === entity ? "entity" : "WRONG") : "";
    rows.push(
      `${String(expected.length).padStart(5)} ${String(hits).padStart(5)} ${recall.toFixed(2).padStart(6)} ${rank.padEnd(6)} ${term}`,
    );
    if (expected.length === 0) failures.push(`${term}: no indexed page contains it (a stale probe)`);
    else if (recall < MIN_RECALL) failures.push(`${term}: recall ${recall.toFixed(2)} (${hits}/${expected.length})`);
    if (entity && first !== entity) failures.push(`${term}: first result ${first}, not ${entity}`);
  }
  console.log(`pages found recall first  term\n${rows.join("\n")}`);
  console.log(`${PROBES.length} probes, mean recall ${(recallSum / PROBES.length).toFixed(3)}`);
  await page.close();
  return failures;
}

test("every probe term: recall ≥ 0.95 of the pages that contain it, and an entity's page first", { skip }, async () => {
  assert.deepEqual(await probeFailures(env), []);
});

test("cut into buckets, the index finds the same: one query searches every bundle", { skip }, async () => {
  const manifest = JSON.parse(await readFile(join(bucketed.dir, "pagefind", "index.json"), "utf8")) as {
    bundles: string[];
  };
  assert.ok(manifest.bundles.length >= 5, manifest.bundles.join());
  assert.deepEqual(await probeFailures(bucketed), []);
});

test("every school and specialty page is first for each of its names and aliases", { skip }, async () => {
  const read = async (name: "schools" | "specialties") =>
    JSON.parse(await readFile(join(env.dir, "data", `${name}.json`), "utf8")) as unknown[];
  const owners = new Map<string, Set<string>>();
  const own = (name: string | null, url: string) => {
    if (!name || [...name].length < 2) return;
    owners.set(name, (owners.get(name) ?? new Set()).add(url));
  };
  for (const s of (await read("schools")) as { id: string; name: string; aliases: string[] }[])
    for (const name of [s.name, ...s.aliases]) own(name, urls.school(s.id));
  for (const s of (await read("specialties")) as { id: string; code: string | null; names: string[] }[])
    for (const name of [...s.names, s.code]) own(name, urls.specialty(s.id));
  assert.ok(owners.size > 300, `${owners.size} names`);
  const page = await searchApi();
  const wrong: string[] = [];
  for (const [name, pages] of owners) {
    const first = await firstShown(page, name);
    if (!first || !pages.has(first)) wrong.push(`${name}: ${first}`);
  }
  await page.close();
  assert.deepEqual(wrong, []);
});

test("a pasted /search/?q= URL shows results with excerpts, kinds, reports and filters", { skip }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const failed: string[] = [];
  page.on("pageerror", (e) => failed.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(new URL(urls.search("劲松职高"), env.site.url).href);
  const results = page.locator(".search-results > li");
  await results.first().waitFor({ timeout: 10_000 });
  assert.equal(await page.locator("#search-q").inputValue(), "劲松职高");
  assert.equal(await results.first().locator("a").getAttribute("href"), "/schools/jinsong-zhiye-gaozhong/");
  assert.equal(await results.first().locator("mark").textContent(), "劲松职高");
  await page.screenshot({ path: join(tmpdir(), "search-jinsong-zhigao.png") });

  await page.goto(new URL(urls.search("劲松"), env.site.url).href);
  await results.nth(5).waitFor({ timeout: 10_000 });
  const cards = await results.evaluateAll((els) =>
    els.map((el) => ({
      kind: el.querySelector(".search-meta .kind")?.textContent ?? "",
      report: el.querySelector(".search-report")?.textContent ?? "",
      excerpt: (el.querySelector(".search-excerpt")?.textContent ?? "").replace(/…/g, ""),
      marks: [...el.querySelectorAll(".search-excerpt mark")].map((m) => m.textContent),
    })),
  );
  for (const c of cards) {
    assert.ok(c.marks.length > 0 && c.marks.every((m) => m === "劲松"), JSON.stringify(c));
    assert.ok([...c.excerpt].length >= 60 && [...c.excerpt].length <= 100, JSON.stringify(c));
    assert.match(c.kind, /^(报告|表格|案例|学校|专业|指标)$/);
    if (c.kind === "案例" || c.kind === "表格") assert.match(c.report, /质量年度报告/);
  }
  const options = await page.locator(".search-filters option:not([value=''])").allTextContents();
  assert.ok(options.length > 0, "filters are offered");
  assert.ok(
    options.every((o) => /（[1-9]\d*）$/.test(o)),
    `every filter value has results: ${options.join(" ")}`,
  );
  await page.screenshot({ path: join(tmpdir(), "search-jinsong.png"), fullPage: true });

  await page.locator(".search-filters select[name='类型']").selectOption("案例");
  await page.waitForURL(/%E7%B1%BB%E5%9E%8B=%E6%A1%88%E4%BE%8B/);
  await page.waitForFunction(
    `[...document.querySelectorAll(".search-results .kind")].every((k) => k.textContent === "案例")`,
    undefined,
    { timeout: 10_000 },
  );
  assert.ok((await results.count()) > 0);
  assert.deepEqual(failed, []);
  await page.close();
});

test("the header box of any page searches; without JavaScript the search page says it needs it", { skip }, async () => {
  const page = await env.browser.newPage();
  await page.goto(new URL("/reports/beijing-zhongzhi-2024/", env.site.url).href);
  await page.getByRole("search").getByRole("searchbox").fill("产教融合");
  await page.getByRole("search").getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/\/search\/\?q=%E4%BA%A7%E6%95%99%E8%9E%8D%E5%90%88$/);
  await page.locator(".search-results > li").first().waitFor({ timeout: 10_000 });
  await page.close();

  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(new URL(urls.search("劲松"), env.site.url).href);
  assert.match((await noJs.locator("main").textContent()) ?? "", /搜索需要启用 JavaScript/);
  assert.equal(await noJs.locator("form.search-form").getAttribute("action"), urls.search());
  await context.close();
});

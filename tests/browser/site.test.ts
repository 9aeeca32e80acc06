import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { fixtureRecords } from "../fixtures/site/records.ts";
import { browserSkip } from "../helpers/browser.ts";
import { servedSite } from "../helpers/served-site.ts";

const skip = browserSkip();

const env = servedSite("site-browser-", fixtureRecords);

test("home → report → outline anchor → quality page", { skip }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 800 } });
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("pageerror", (e) => failed.push(e.message));

  await page.goto(env.site.url);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  await page.getByRole("link", { name: "示例区中等职业教育质量年度报告（2024年度）" }).click();
  await page.waitForURL(/\/reports\/fixture-district-2024\/$/);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  assert.equal(await page.locator("h1").textContent(), "示例区中等职业教育质量年度报告（2024年度）");

  await page.locator("nav.outline").getByRole("link", { name: "（二） 产教融合与双师型教师" }).click();
  await page.waitForURL(/#sec-1-2$/);
  assert.equal(await page.locator(":target").getAttribute("id"), "sec-1-2");
  assert.ok(await page.locator("#sec-1-2").isVisible());
  const top = await page.locator("#sec-1-2").evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 100, `the heading is scrolled to the top (top=${top})`);
  assert.equal(await page.locator("table#tbl-1-1-1 thead tr").count(), 2);
  assert.equal(await page.locator("script:not([src])").count(), 0, "the text's <script> is not an element");

  const shot = join(tmpdir(), "site-report.png");
  await page.goto(`${env.site.url}reports/fixture-district-2024/`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);

  await page.getByRole("link", { name: "3 条诊断信息" }).click();
  await page.waitForURL(/\/quality\/$/);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  assert.equal(
    await page.locator("tbody tr").first().locator("td").nth(2).locator("code.rule").textContent(),
    "html-in-text",
  );
  await page.screenshot({ path: join(tmpdir(), "site-quality.png"), fullPage: true });
  await page.getByRole("navigation", { name: "面包屑导航" }).getByRole("link", { name: "首页" }).click();
  await page.waitForURL(env.site.url);
  assert.deepEqual(failed, []);
});

test("Chinese full-text search finds a word in the narrative, from the home page's search form", { skip }, async () => {
  const page = await env.browser.newPage();
  await page.goto(env.site.url);
  // The home page's form is a plain GET form to the search page, which draws the results.
  await page.locator("main form.search-form input[name=q]").fill("双师型");
  await page.locator("main form.search-form").getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/\/search\/\?q=/);
  await page.waitForFunction(`document.querySelector(".search-status")?.textContent?.includes("个页面")`, undefined, {
    timeout: 10_000,
  });
  await page.locator(".search-result .search-title a").nth(1).waitFor({ timeout: 10_000 });
  // The metric named by the word first (the search page's directory of exact names), then the report
  // page and the case page, which both contain it.
  await page.locator(".search-result .search-title a").nth(2).waitFor({ timeout: 10_000 });
  const titles = await page.locator(".search-result .search-title").allTextContents();
  assert.equal(titles[0], "“双师型”教师人数");
  assert.deepEqual(titles.slice(1).sort(), [
    "案例2-1 校企共建“双师型”教师培养基地",
    "示例区中等职业教育质量年度报告（2024年度）",
  ]);
  await page.screenshot({ path: join(tmpdir(), "site-search.png") });
});

/**
 * Chart tooltips (templates/assets/chart-tooltips.js) in Chromium: hovering a bar shows its Chinese
 * description in a role=tooltip box, leaving hides it, the keyboard reaches the marks, and with
 * JavaScript off the chart is the same static SVG with no tooltip. The hovered chart is saved as
 * `tooltip.png` in the temp folder.
 */
import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import type { BrowserContextOptions, Page } from "playwright-core";

import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords } from "../../src/pipeline/records.ts";
import { browserSkip } from "../helpers/browser.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";
import { servedSite } from "../helpers/served-site.ts";

const skip = browserSkip();
/** A bar chart of 专业 × 人数 (beijing-zhongzhi-2024 表1-5-2). */
const TABLE_PAGE = "/reports/beijing-zhongzhi-2024/tables/1-5-2/";
const BAR = 'figure.chart svg [aria-label^="专业: 大数据技术应用;"]';
type Box = { x: number; y: number; width: number; height: number };

const env = servedSite("site-tooltips-", async () => buildRecords(await readInputs(REPORTS_DIR)));

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(new URL(path, env.site.url).href);
  return { page, errors };
}

/**
 * The page's height and the chart's box, in page coordinates (hovering may scroll the bar into view):
 * showing a tooltip must not move either.
 */
const layout = (page: Page) =>
  page.locator("figure.chart").evaluate((figure) => {
    const box = figure.getBoundingClientRect();
    const scrolled = figure.ownerDocument.defaultView?.scrollY ?? 0;
    return [figure.ownerDocument.documentElement.scrollHeight, box.top + scrolled, box.height];
  });

/** The box around a bar and its tooltip, with a margin: what the screenshot shows. */
function around(a: Box, b: Box, margin = 120): Box {
  const x = Math.max(0, Math.min(a.x, b.x) - margin);
  const y = Math.max(0, Math.min(a.y, b.y) - margin);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) + margin - x,
    height: Math.max(a.y + a.height, b.y + b.height) + margin - y,
  };
}

test("hovering a bar shows its Chinese description as a tooltip; leaving hides it", { skip }, async () => {
  const { page, errors } = await open(TABLE_PAGE);
  const tooltip = page.locator("[role=tooltip]");
  assert.equal(await tooltip.count(), 1);
  assert.equal(await tooltip.isVisible(), false);
  const before = await layout(page);

  await page.locator(BAR).hover();
  assert.equal(await tooltip.isVisible(), true);
  const lines = await tooltip.locator(":scope > div").allInnerTexts();
  assert.deepEqual(lines, ["专业：大数据技术应用", "人数（人）：60", "来源：第 1127 行，表1-5-2"]);
  assert.deepEqual(await layout(page), before);
  // Beside the bar, inside the viewport.
  const [bar, tip] = await Promise.all([page.locator(BAR).boundingBox(), tooltip.boundingBox()]);
  assert.ok(bar && tip);
  assert.ok(tip.x >= 0 && tip.x + tip.width <= 1000 && Math.abs(tip.y + tip.height - bar.y) <= 12);
  await page.screenshot({ path: join(tmpdir(), "tooltip.png"), fullPage: true, clip: around(bar, tip) });

  await page.mouse.move(5, 5);
  assert.equal(await tooltip.isVisible(), false);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the keyboard reaches the bars: one tab stop, arrows move top to bottom, Escape hides", { skip }, async () => {
  const { page } = await open(TABLE_PAGE);
  const tooltip = page.locator("[role=tooltip]");
  const marks = page.locator("figure.chart svg .role-mark [aria-label]");
  const stops = page.locator('figure.chart svg [tabindex="0"]');
  assert.equal(await page.locator('figure.chart svg [tabindex="-1"]').count(), (await marks.count()) - 1);
  assert.equal(await stops.count(), 1);
  // The tab stop is the top bar (bars are sorted by value): the largest, 大数据技术应用.
  await stops.focus();
  assert.equal(await tooltip.isVisible(), true);
  assert.match(await tooltip.innerText(), /^专业：大数据技术应用\n人数（人）：60\n/);
  const focusedTop = () => page.locator("figure.chart svg :focus").evaluate((m) => m.getBoundingClientRect().top);
  const top = await focusedTop();
  await page.keyboard.press("ArrowDown");
  assert.ok((await focusedTop()) > top);
  assert.doesNotMatch(await tooltip.innerText(), /大数据技术应用/);
  await page.keyboard.press("Escape");
  assert.equal(await tooltip.isVisible(), false);
  await page.context().close();
});

test("on a touch screen a tap shows the tooltip and a tap elsewhere hides it", { skip }, async () => {
  const { page } = await open(TABLE_PAGE, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const tooltip = page.locator("[role=tooltip]");
  await page.locator(BAR).tap();
  assert.equal(await tooltip.isVisible(), true);
  assert.match(await tooltip.innerText(), /^专业：大数据技术应用\n人数（人）：60\n/);
  await page.locator("h1").tap();
  assert.equal(await tooltip.isVisible(), false);
  await page.context().close();
});

test("with JavaScript off the chart is still there and there is no tooltip", { skip }, async () => {
  const { page } = await open(TABLE_PAGE, { javaScriptEnabled: false });
  assert.equal(await page.locator("figure.chart svg[role=img]").count(), 1);
  assert.ok((await page.locator(BAR).count()) === 1);
  await page.locator(BAR).hover();
  assert.equal(await page.locator("[role=tooltip], .chart-tooltip").count(), 0);
  assert.equal(await page.locator("figure.chart svg [tabindex]").count(), 0);
  await page.context().close();
});

/**
 * Phone layout at 390×844 in Chromium: on one page of every page type the page itself never scrolls
 * sideways, and anything wider than the screen sits in a box that scrolls on its own (a table's
 * `.table-scroll`, a chart's figure). A wide table keeps its columns a few characters wide, so the
 * table page of 表2-3 (22 school names) stays short. Screenshots at 390 and 1280 px go to
 * /tmp/phone-shots/ (or PHONE_SHOTS) for a person to look at.
 */
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";

import type { Page } from "playwright-core";

import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords } from "../../src/pipeline/records.ts";
import { browserSkip } from "../helpers/browser.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";
import { servedSite } from "../helpers/served-site.ts";

const skip = browserSkip();
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.PHONE_SHOTS ?? "/tmp/phone-shots";
/** A table page whose school names used to wrap one character per line (7,260 px tall). */
const NAMES_TABLE = "/reports/beijing-gaozhi-2020/tables/2-3/";

/** One page of every page type of the bundled reports. */
const PAGES: Record<string, string> = {
  home: "/",
  report: "/reports/beijing-gaozhi-2020/",
  section: "/reports/beijing-gaozhi-2020/#sec-2",
  table: NAMES_TABLE,
  "chart table": "/reports/beijing-zhongzhi-2024/tables/1-5-2/",
  case: "/reports/beijing-gaozhi-2020/cases/2-1/",
  "case library": "/cases/",
  region: "/regions/beijing/",
  regions: "/regions/",
  school: "/schools/changping-zhiye-xuexiao/",
  schools: "/schools/",
  specialty: "/specialties/770101/",
  specialties: "/specialties/",
  indicator: "/indicators/enrollment/",
  indicators: "/indicators/",
  quality: "/reports/beijing-gaozhi-2020/quality/",
  downloads: "/data/",
  about: "/about/",
  search: "/search/?q=学校",
};

const env = servedSite("site-phone-", async () => buildRecords(await readInputs(REPORTS_DIR)));

async function open(path: string, viewport = PHONE): Promise<Page> {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const response = await page.goto(new URL(path, env.site.url).href);
  assert.equal(response?.status(), 200, path);
  return page;
}

/**
 * The page's scroll width and every visible element reaching past the viewport's sides that has no
 * ancestor scrolling sideways on its own (overflow-x auto or scroll), described for the message.
 */
function overflow(page: Page) {
  // No named inner functions: the test runner's transpiler would wrap them in a helper the page lacks.
  return page.locator("html").evaluate((html) => {
    const view = html.ownerDocument.defaultView;
    const width = html.clientWidth;
    const loose: string[] = [];
    for (const e of html.querySelectorAll("body *")) {
      const box = e.getBoundingClientRect();
      // Visually hidden helpers (skip link, screen-reader labels) are parked off-screen on purpose.
      if (box.width <= 1 || box.height === 0 || box.right <= 0) continue;
      if (box.left >= -0.5 && box.right <= width + 0.5) continue;
      let contained = false;
      for (let a = e.parentElement; a && !contained; a = a.parentElement) {
        contained = ["auto", "scroll"].includes(view?.getComputedStyle(a).overflowX ?? "");
      }
      if (contained) continue;
      const where = `${Math.round(box.left)}–${Math.round(box.right)} px`;
      loose.push(`<${e.tagName.toLowerCase()} class="${e.getAttribute("class") ?? ""}"> ${where}`);
    }
    return { scrollWidth: html.scrollWidth, loose: loose.slice(0, 5) };
  });
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`${kind} page at 390 px: no sideways scroll except inside a scrolling box`, { skip }, async () => {
    const page = await open(path);
    const { scrollWidth, loose } = await overflow(page);
    assert.ok(scrollWidth <= PHONE.width, `${path} is ${scrollWidth} px wide`);
    assert.deepEqual(loose, [], `${path}: elements wider than the screen outside a scrolling box`);
    await page.context().close();
  });
}

test("a table of school names keeps its names readable on a phone", { skip }, async () => {
  const page = await open(NAMES_TABLE);
  // The table itself, not the page: other blocks (citation, entity lists) add to the page's height.
  // Names wrapping one character per line made this table about 5,500 px tall; it is about 730 now.
  const height = await page
    .locator(".table-scroll")
    .first()
    .evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(height < 1000, `the table of ${NAMES_TABLE} is ${Math.round(height)} px tall at 390 px`);
  // A school name is on one line: its link is no taller than one line of the cell.
  const link = page.locator(".table-scroll td a[href*='/schools/']").first();
  const lines = await link.evaluate((a) => a.getClientRects().length);
  assert.equal(lines, 1);
  // The table scrolls inside its box, and its first column stays in view while it does.
  const box = page.locator(".table-scroll").first();
  const first = box.locator("tbody tr:first-child > :first-child");
  const before = await first.boundingBox();
  await box.evaluate((e) => e.scrollBy(200, 0));
  assert.ok((await box.evaluate((e) => e.scrollLeft)) > 0, "the table box does not scroll");
  const after = await first.boundingBox();
  assert.ok(before && after && Math.abs(after.x - before.x) <= 1, "the first column moved with the scroll");
  await page.context().close();
});

test("listings become cards on a phone and stay tables on a wide screen", { skip }, async () => {
  for (const path of ["/", "/schools/", "/specialties/"]) {
    const phone = await open(path);
    const row = phone.locator("table.cards tbody tr:has(th[scope=row])").first();
    assert.equal(
      await row.evaluate((r) => r.ownerDocument.defaultView?.getComputedStyle(r).display),
      "flex",
      `${path}: not a card`,
    );
    const head = await phone.locator("table.cards thead").first().boundingBox();
    assert.ok(head && head.height <= 1, `${path}: the header row is shown`);
    await phone.context().close();
    const wide = await open(path, { width: 1280, height: 900 });
    const wideRow = wide.locator("table.cards tbody tr:has(th[scope=row])").first();
    assert.equal(
      await wideRow.evaluate((r) => r.ownerDocument.defaultView?.getComputedStyle(r).display),
      "table-row",
      path,
    );
    await wide.context().close();
  }
});

test("screenshots at 390 and 1280 px", { skip }, async () => {
  await mkdir(SHOTS, { recursive: true });
  for (const kind of ["home", "report", "table", "school", "chart table", "schools", "specialties"]) {
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      const page = await open(PAGES[kind]!, viewport);
      const path = join(SHOTS, `${kind.replace(" ", "-")}-${viewport.width}.png`);
      await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: 3000 } });
      await page.context().close();
    }
  }
});

import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { buildSite } from "../../src/site/build.ts";
import { fixtureRecords } from "../fixtures/site/records.ts";

// Each test file runs in its own process, and the settings are read once per process: set before building.
const BASE = "https://nianbao.example.org";
process.env.SITE_URL = `${BASE}/`;

let tmp: string;
const html = (path: string) => readFile(join(tmp, path), "utf8");

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "citation-"));
  await buildSite(fixtureRecords(), { outDir: tmp, search: false });
});
after(() => rm(tmp, { recursive: true, force: true }));

/** The content of `<meta property|name="key" content="…">`, or undefined. */
function meta(page: string, key: string): string | undefined {
  return new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(page)?.[1];
}

const pages = [
  {
    file: "reports/fixture-district-2024/tables/1-1-1/index.html",
    path: "/reports/fixture-district-2024/tables/1-1-1/",
    item: "表1-1-1",
  },
  {
    file: "reports/fixture-district-2024/cases/2-1/index.html",
    path: "/reports/fixture-district-2024/cases/2-1/",
    item: "案例2-1",
  },
];

for (const { file, path, item } of pages) {
  test(`${item}: title, description, Open Graph and canonical name the item with the absolute URL`, async () => {
    const page = await html(file);
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
    assert.match(title, new RegExp(`^${item}`), "the item first");
    assert.match(title, / · 示例区中职 2024 · 职业教育质量年度报告$/, "then the report, its year and the site");
    assert.ok((meta(page, "description") ?? "").includes(item), "description names the item");
    assert.equal(meta(page, "og:title"), title);
    assert.equal(meta(page, "og:type"), "article");
    assert.equal(meta(page, "og:locale"), "zh_CN");
    assert.equal(meta(page, "og:url"), `${BASE}${path}`, "no doubled slash from SITE_URL's trailing one");
    assert.ok(page.includes(`<link rel="canonical" href="${BASE}${path}" />`), "absolute canonical");
  });

  test(`${item}: a 引用 block with publisher, title, date, item and the absolute URL`, async () => {
    const page = await html(file);
    assert.ok(page.includes(`<h2 id="cite-title">引用</h2>`));
    const reference = /<p class="cite-ref">([^<]*)<\/p>/.exec(page)?.[1];
    assert.equal(
      reference,
      `示例区教育委员会. 示例区中等职业教育质量年度报告（2024年度）[R/OL]. 2025-03: ${item}. ${BASE}${path}`,
    );
    assert.ok(!page.includes("本站未设置公开网址"), "no relative-path note when the URL is set");
  });
}

test("the report page cites the report and each anchored section and figure", async () => {
  const page = await html("reports/fixture-district-2024/index.html");
  const base = `${BASE}/reports/fixture-district-2024/`;
  assert.ok(page.includes(`[R/OL]. 2025-03. ${base}</p>`), "the report itself");
  assert.ok(page.includes(`<li>一 学生发展：${base}#sec-1</li>`), "a section by its anchor");
  assert.ok(page.includes(`<li>图1-1：${base}#fig-1-1</li>`), "a figure by its anchor");
  assert.equal(meta(page, "og:url"), base);
});

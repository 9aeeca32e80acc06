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

test("the report page cites the report, and says once how to cite a section or figure by its outline link", async () => {
  const page = await html("reports/fixture-district-2024/index.html");
  const base = `${BASE}/reports/fixture-district-2024/`;
  assert.ok(page.includes(`[R/OL]. 2025-03. ${base}</p>`), "the report itself");
  const cite = /<section class="cite"[^]*?<\/section>/.exec(page)?.[0] ?? "";
  const rule = /<p class="cite-anchors">([^]*?)<\/p>/.exec(cite)?.[1] ?? "";
  assert.equal(
    rule,
    `引用本报告的某一章节或图：在上面的格式中，日期后加“: 章节或图名”，网址换成它在<a href="#outline-title">目录</a>或<a href="#list-figures">图题</a>中的链接（本页网址加“#编号”，如 ${base}#sec-1）。`,
  );
  assert.equal(cite.split(base).length - 1, 3, "the page URL: in the reference, the plain line and the one example");
  assert.equal(meta(page, "og:url"), base);
});

test("the lists the rule names link every section and figure to an anchor of the page", async () => {
  const page = await html("reports/fixture-district-2024/index.html");
  const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const links = (block: string) => [...block.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
  for (const target of ["outline-title", "list-figures"]) assert.ok(ids.has(target), `#${target} exists`);
  const outline = links(/<nav class="outline"[^]*?<\/nav>/.exec(page)?.[0] ?? "");
  const figures = links(/<h2 id="list-figures">[^]*?<\/section>/.exec(page)?.[0] ?? "");
  assert.ok(outline.includes("sec-1") && outline.includes("sec-2-1-1"), `outline: ${outline.join(" ")}`);
  assert.deepEqual(figures, ["fig-1-1"]);
  for (const id of [...outline, ...figures]) assert.ok(ids.has(id), `#${id} resolves`);
  const narrative = /<article class="narrative"[^]*?<\/article>/.exec(page)?.[0] ?? "";
  const sections = [...narrative.matchAll(/<h[2-6] id="(sec-[^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(
    sections.filter((id) => !outline.includes(id)),
    [],
    "every section of the narrative is in the outline",
  );
});

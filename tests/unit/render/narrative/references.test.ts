import assert from "node:assert/strict";
import { test } from "node:test";

import type { Root } from "mdast";
import { unified } from "unified";

import type { Block, Report } from "../../../../src/model/index.ts";
import { renderBlocks, renderReport } from "../../../../src/render/narrative/index.ts";
import { linkReferences } from "../../../../src/render/narrative/references/link.ts";
import { remarkCrossReferences } from "../../../../src/render/narrative/references/plugin.ts";
import { referenceTargets } from "../../../../src/render/narrative/references/targets.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const TABLE = "/reports/fixture-district-2024/tables/1-1-1/";

/** The fixture report with some paragraphs' text replaced (by the block's line). */
function withText(texts: Record<number, string>): Report {
  const report = fixtureReport();
  const body: Block[] = report.body.map((b) => (texts[b.line] === undefined ? b : { ...b, text: texts[b.line]! }));
  return { ...report, body };
}

const lineOf = (report: Report, text: string) => report.body.find((b) => b.text.startsWith(text))?.line ?? -1;

test("linkReferences: text around links, missing targets stay text", () => {
  const targets = referenceTargets(fixtureReport());
  const { nodes, outcomes } = linkReferences("招生见表1-1-1，另见表9-9。", targets);
  assert.deepEqual(nodes, [
    { type: "text", value: "招生见" },
    {
      type: "link",
      url: TABLE,
      title: "表1-1-1 2023—2024年各专业大类招生情况",
      children: [{ type: "text", value: "表1-1-1" }],
    },
    { type: "text", value: "，另见表9-9。" },
  ]);
  assert.deepEqual(
    outcomes.map((o) => [o.kind, o.number, o.url]),
    [
      ["table", "1-1-1", TABLE],
      ["table", "9-9", null],
    ],
  );
  assert.deepEqual(linkReferences("没有引用", targets).nodes, [{ type: "text", value: "没有引用" }]);
});

test("targets: tables and cases link to their pages, figures to their anchor in the narrative", () => {
  const targets = referenceTargets(fixtureReport());
  assert.equal(targets("table", "2-1")?.url, "/reports/fixture-district-2024/tables/2-1/");
  assert.equal(targets("figure", "1-1")?.url, "/reports/fixture-district-2024/#fig-1-1");
  assert.equal(targets("case", "2-1")?.url, "/reports/fixture-district-2024/cases/2-1/");
  assert.equal(targets("figure", "2-1"), null);
  assert.equal(targets("case", "1-1"), null);
});

test("the narrative links references in paragraphs and counts the missing ones", () => {
  const base = fixtureReport();
  const first = lineOf(base, "2024年，全区");
  const inCase = lineOf(base, "通过校企双向流动");
  const report = withText({
    [first]: "2024年招生情况见表1-1-1，变化趋势如图1-1所示，另见表9-9。",
    [inCase]: "成效显著（见案例2-1）。",
  });
  const { html, references } = renderReport(report);
  assert.match(
    html,
    /<p>2024年招生情况见<a href="\/reports\/fixture-district-2024\/tables\/1-1-1\/" title="表1-1-1 [^"]*">表1-1-1<\/a>，变化趋势如<a href="\/reports\/fixture-district-2024\/#fig-1-1" title="图1-1 [^"]*">图1-1<\/a>所示，另见表9-9。<\/p>/,
  );
  assert.match(
    html,
    /（见<a href="\/reports\/fixture-district-2024\/cases\/2-1\/" title="案例2-1 [^"]*">案例2-1<\/a>）/,
  );
  assert.deepEqual(
    references.map((r) => [r.text, r.url === null ? "missing" : "linked", r.line]),
    [
      ["表1-1-1", "linked", first],
      ["图1-1", "linked", first],
      ["表9-9", "missing", first],
      ["案例2-1", "linked", inCase],
    ],
  );
  // The case's own page renders the same blocks with the same links.
  const caseHtml = renderBlocks(
    report,
    report.body.filter((b) => b.line === inCase),
  );
  assert.match(caseHtml, /<a href="\/reports\/fixture-district-2024\/cases\/2-1\/"/);
});

test("headings, table captions, number labels and existing links are never linked", () => {
  const html = renderReport(fixtureReport()).html;
  // 表1-1-1 appears in the caption and 案例2-1 in the case title: both keep their own markup only.
  assert.match(html, /<caption><a href="#tbl-1-1-1">表1-1-1<\/a> <a href="[^"]*">[^<]*<\/a><\/caption>/);
  assert.match(html, /<p class="case-title" id="case-2-1-title"><a href="#case-2-1">案例2-1<\/a> /);
  assert.ok(!html.includes(" title="), "no cross-reference link in the plain fixture");
  const tree: Root = {
    type: "root",
    children: [
      { type: "heading", depth: 2, children: [{ type: "text", value: "见表1-1-1" }] },
      { type: "paragraph", children: [{ type: "link", url: "/x/", children: [{ type: "text", value: "见表1-1-1" }] }] },
    ],
  };
  const before = structuredClone(tree);
  const found: never[] = [];
  unified()
    .use(remarkCrossReferences)
    .runSync(tree, { data: { crossReferences: { targets: referenceTargets(fixtureReport()), found } } });
  assert.deepEqual(tree, before);
  assert.deepEqual(found, []);
});

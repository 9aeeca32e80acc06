import assert from "node:assert/strict";
import { test } from "node:test";

import type { Element } from "hast";
import type { Paragraph } from "mdast";

import type { Block, Report } from "../../../../src/model/index.ts";
import { renderReport, renderTable } from "../../../../src/render/narrative/index.ts";
import { findNames, nameIndex, splitNames } from "../../../../src/render/narrative/names/find.ts";
import { linkCellNames, linkParagraphNames } from "../../../../src/render/narrative/names/plugin.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const target = (id: string) => ({ id, url: `/schools/${id}/`, title: id });
const index = nameIndex([
  { name: "劲松职高", target: target("jinsong") },
  { name: "北京市劲松职业高中", target: target("jinsong") },
  { name: "劲松职业高中", target: target("jinsong") },
  { name: "昌平职业学校", target: target("changping") },
  { name: "北京市昌平职业学校", target: target("changping") },
]);

test("findNames: longest name first, each target once, the seen set shared", () => {
  const seen = new Set<string>();
  const text = "北京市劲松职业高中与昌平职业学校合作；劲松职高再次参加。";
  assert.deepEqual(
    findNames(text, index, seen).map((f) => [text.slice(f.start, f.end), f.target.id]),
    [
      ["北京市劲松职业高中", "jinsong"],
      ["昌平职业学校", "changping"],
    ],
  );
  assert.deepEqual([...seen].sort(), ["changping", "jinsong"]);
  assert.deepEqual(findNames("北京市昌平职业学校", index, seen), [], "already seen");
});

test("nameIndex: empty when there are no names; regex characters are escaped", () => {
  assert.equal(nameIndex([]).pattern, null);
  assert.deepEqual(splitNames("任意文字", nameIndex([]), new Set()), [{ text: "任意文字" }]);
  const odd = nameIndex([{ name: "学校(一)", target: target("a") }]);
  assert.deepEqual(
    splitNames("在学校(一)里", odd, new Set()).map((p) => p.text),
    ["在", "学校(一)", "里"],
  );
});

test("linkParagraphNames: the first mention per paragraph; links and labelled text are left alone", () => {
  const paragraph: Paragraph = {
    type: "paragraph",
    children: [
      { type: "link", url: "/x/", children: [{ type: "text", value: "劲松职高" }] },
      { type: "text", value: "劲松职高和劲松职高", data: { hName: "span" } },
      { type: "text", value: "又见劲松职高，再见劲松职高。" },
    ],
  };
  linkParagraphNames(paragraph, index);
  assert.deepEqual(paragraph.children.slice(2), [
    { type: "text", value: "又见" },
    { type: "link", url: "/schools/jinsong/", title: "jinsong", children: [{ type: "text", value: "劲松职高" }] },
    { type: "text", value: "，再见劲松职高。" },
  ]);
  assert.equal(paragraph.children[0]?.type, "link");
  assert.deepEqual(paragraph.children[1], { type: "text", value: "劲松职高和劲松职高", data: { hName: "span" } });
});

test("linkCellNames: a cell's own text", () => {
  const cell: Element = {
    type: "element",
    tagName: "td",
    properties: {},
    children: [{ type: "text", value: "北京市昌平职业学校" }],
  };
  linkCellNames(cell, index);
  assert.deepEqual(cell.children, [
    {
      type: "element",
      tagName: "a",
      properties: { href: "/schools/changping/", title: "changping" },
      children: [{ type: "text", value: "北京市昌平职业学校" }],
    },
  ]);
});

/** The fixture report with one paragraph's text replaced. */
function withText(line: number, text: string): Report {
  const report = fixtureReport();
  const body: Block[] = report.body.map((b) => (b.line === line ? { ...b, text } : b));
  return { ...report, body };
}

test("in the narrative: paragraphs link names, headings do not, cross-references stay whole", () => {
  const report = withText(23, "劲松职高招生见表1-1-1，劲松职高再招。北京市昌平职业学校也招。");
  const report2: Report = {
    ...report,
    headings: report.headings.map((h) => (h.line === 22 ? { ...h, title: "劲松职高招生" } : h)),
    body: report.body.map((b) => (b.line === 22 ? { ...b, text: "（一）劲松职高招生" } : b)),
  };
  const html = renderReport(report2, { names: index }).html;
  assert.match(
    html,
    /<p><a href="\/schools\/jinsong\/" title="jinsong">劲松职高<\/a>招生见<a href="\/reports\/fixture-district-2024\/tables\/1-1-1\/"[^>]*>表1-1-1<\/a>，劲松职高再招。<a href="\/schools\/changping\/" title="changping">北京市昌平职业学校<\/a>也招。<\/p>/,
  );
  assert.match(html, /<h3 id="sec-1-1"><a href="#sec-1-1">（一）<\/a>劲松职高招生<\/h3>/, "no link in a heading");
  assert.doesNotMatch(renderReport(report2).html, /\/schools\//, "no names, no links");
});

test("on a table page: school names in data cells link", () => {
  const table = fixtureReport().tables[0]!;
  const html = renderTable({ ...table, rows: [["昌平职业学校", "1", "2", "3", "4"]] }, { names: index });
  assert.match(html, /<td><a href="\/schools\/changping\/" title="changping">昌平职业学校<\/a><\/td>/);
});

test("a name printed in full carries no title (it would repeat the link text); another form keeps it", () => {
  const full = (name: string) => ({ id: "pinggu", url: "/schools/pinggu/", title: name });
  const named = nameIndex([
    { name: "北京市平谷区职业学校", target: full("北京市平谷区职业学校") },
    { name: "平谷职业学校", target: full("北京市平谷区职业学校") },
  ]);
  const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value: "北京市平谷区职业学校招生。" }] };
  linkParagraphNames(paragraph, named);
  assert.deepEqual(paragraph.children[0], {
    type: "link",
    url: "/schools/pinggu/",
    title: null,
    children: [{ type: "text", value: "北京市平谷区职业学校" }],
  });
  const table = fixtureReport().tables[0]!;
  const rows = [
    ["北京市平谷区职业学校", "1", "2", "3", "4"],
    ["平谷职业学校", "1", "2", "3", "4"],
  ];
  const html = renderTable({ ...table, rows }, { names: named });
  assert.match(html, /<td><a href="\/schools\/pinggu\/">北京市平谷区职业学校<\/a><\/td>/);
  assert.match(html, /<td><a href="\/schools\/pinggu\/" title="北京市平谷区职业学校">平谷职业学校<\/a><\/td>/);
});

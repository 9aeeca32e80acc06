// Hand-checked facts of the bundled 北京市中等职业教育质量年度报告 (2024 年度), from reading the text
// (content/reports/000_…txt) and its notes (../shared/corpus/000_….notes.md).
import assert from "node:assert/strict";
import { test } from "node:test";

import { countBy, report } from "../helpers/parsed-corpus.ts";

const r = await report("000_");

test("metadata comes from the text", () => {
  assert.equal(r.id, "beijing-zhongzhi-2024");
  assert.equal(r.title, "北京市中等职业教育质量年度报告 (2024 年度)");
  assert.deepEqual(
    [r.region, r.regionLevel, r.schoolLevel, r.reportYear, r.dataYear, r.publisher, r.publishedOn],
    ["北京市", "municipality", "secondary", 2024, 2024, "北京市教育委员会", "2025-03"],
  );
  assert.equal(r.source.lines, 2301);
  assert.match(r.source.sha256, /^b699f31bac1a87b3/);
});

test("93 body headings in three levels; preface highlights and TOC are not headings", () => {
  assert.equal(r.headings.length, 93);
  assert.deepEqual(
    countBy(r.headings, (h) => h.level),
    { 1: 7, 2: 34, 3: 52 },
  );
  assert.ok(
    r.headings.every((h) => h.line >= 346),
    "nothing before the body (preface 1.–10., 目录) is a heading",
  );
  const first = r.headings[0];
  assert.deepEqual([first?.number, first?.title, first?.line, first?.id], ["1", "人才培养", 346, "sec-1"]);
});

test("heading numbers with inner spaces and two-digit components are normalised", () => {
  const byNumber = new Map(r.headings.map((h) => [h.number, h]));
  assert.equal(byNumber.get("2.1.2")?.line, 1349);
  assert.equal(byNumber.get("2.1.2")?.title, "面向企业开展技术服务");
  assert.equal(byNumber.get("1.10")?.line, 1284);
  assert.equal(byNumber.get("6.2.10")?.line, 1962);
  assert.equal(byNumber.get("6.2.10")?.parentId, "sec-6-2");
  assert.match(byNumber.get("6.2.2")?.title ?? "", /。$/, "title kept as printed");
  assert.ok(r.diagnostics.some((d) => d.ruleId === "heading-number-normalised" && d.line === 1349));
});

test("8 tables at their caption lines", () => {
  assert.deepEqual(
    r.tables.map((t) => [t.number, t.line]),
    [
      ["1-2-1", 479],
      ["1-2-2", 545],
      ["1-2-3", 727],
      ["1-3-1", 915],
      ["1-5-1", 1013],
      ["1-5-2", 1123],
      ["1-10-1", 1288],
      ["6-5-1", 2149],
    ],
  );
  assert.equal(r.tables[0]?.id, "tbl-1-2-1");
  assert.equal(r.tables[0]?.url, "/reports/beijing-zhongzhi-2024/tables/1-2-1/");
  assert.equal(r.tables[0]?.sectionId, "sec-1-2-1");
});

test("71 figures, including unspaced, colon and bracketed captions", () => {
  assert.equal(r.figures.length, 71);
  const byNumber = new Map(r.figures.map((f) => [f.number, f]));
  assert.equal(byNumber.get("1-4-1")?.line, 988);
  assert.equal(byNumber.get("1-1-4")?.line, 398);
  assert.equal(byNumber.get("1-1-4")?.caption, "北京市劲松职业高中北京中轴线研学活动及成果展示");
  assert.equal(byNumber.get("5-1-4")?.line, 1724);
  assert.equal(byNumber.get("6-6-1")?.line, 2259);
  assert.equal(byNumber.get("6-6-2")?.line, 2270);
  assert.equal(byNumber.get("4-2-3"), undefined);
});

test("the 图目录 entry without a body caption is reported", () => {
  const missing = r.diagnostics.filter((d) => d.ruleId === "toc-entry-missing-in-body");
  assert.deepEqual(
    missing.map((d) => d.line),
    [169],
  );
  assert.match(missing[0]?.message ?? "", /4-2-3/);
});

test("145 cases in every marker style, none of them a bracketed figure", () => {
  assert.equal(r.cases.length, 145);
  const byNumber = new Map(r.cases.map((c) => [c.number, c]));
  assert.equal(byNumber.get("1-4-1")?.line, 982);
  assert.equal(byNumber.get("1-8-2")?.label, "案例分享");
  assert.equal(byNumber.get("1-8-2")?.line, 1219);
  assert.equal(byNumber.get("6-1-3")?.label, "典型");
  assert.equal(byNumber.get("6-1-3")?.line, 1858);
  assert.equal(byNumber.has("1-5-3"), false, "1-5-3 does not exist in the report");
  assert.equal(byNumber.get("6-4-6")?.sectionId?.startsWith("sec-6-3"), true, "6-4-6 sits in section 6.3");
  assert.equal(byNumber.get("1-1-1")?.title, "北京市商业学校携手高职院校推进中高职思政课一体化建设");
  assert.equal(byNumber.get("1-1-1")?.id, "case-1-1-1");
  assert.equal(byNumber.get("1-1-1")?.url, "/reports/beijing-zhongzhi-2024/cases/1-1-1/");
});

test("a case ends before section text, footnotes and the next figure", () => {
  const byNumber = new Map(r.cases.map((c) => [c.number, c]));
  assert.equal(byNumber.get("5-2-3")?.endLine, 1787);
  assert.equal(byNumber.get("5-3-2")?.endLine, 1807);
  assert.equal(byNumber.get("6-4-2")?.endLine, 2063);
  assert.ok((byNumber.get("1-1-4")?.endLine ?? 0) < 372, "figure 1-1-1 at 372 ends case 1-1-4");
});

test("TOC titles that differ from the body are noted, body wins", () => {
  const differs = r.diagnostics.filter((d) => d.ruleId === "toc-title-differs");
  assert.ok(differs.some((d) => d.message.includes("王昱旻") && d.message.includes("王昱昊")));
  assert.equal(r.cases.find((c) => c.number === "1-10-2")?.title.includes("王昱昊"), true);
});

test("a paragraph cut by a page break is re-joined", () => {
  const p = r.body.find((b) => b.kind === "paragraph" && b.line === 475);
  assert.equal(p?.endLine, 477);
  assert.match(p?.text ?? "", /有21所学校新增54个专业/);
});

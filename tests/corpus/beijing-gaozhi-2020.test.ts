// Hand-checked facts of the bundled 北京高等职业教育质量年度报告 2020, from reading the text
// (content/reports/003_…txt) and its notes. Chinese-numeral chapters, a TOC with 图表目录 and 案例目录.
import assert from "node:assert/strict";
import { test } from "node:test";

import { countBy, report } from "../helpers/parsed-corpus.ts";

const r = await report("003_");

test("metadata: municipality, higher vocational, no printed publisher", () => {
  assert.equal(r.id, "beijing-gaozhi-2020");
  assert.deepEqual(
    [r.title, r.region, r.regionLevel, r.schoolLevel, r.reportYear, r.dataYear, r.publisher, r.publishedOn],
    ["北京高等职业教育质量年度报告 2020", "北京市", "municipality", "higher", 2020, 2020, null, "2021-01"],
  );
});

test("130 headings: an unnumbered section, 一、/（一）/1. levels, matched one for one with the TOC", () => {
  assert.equal(r.headings.length, 130);
  assert.deepEqual(
    countBy(r.headings, (h) => h.level),
    { 1: 8, 2: 39, 3: 83 },
  );
  const at = new Map(r.headings.map((h) => [h.line, h]));
  assert.deepEqual([at.get(213)?.number, at.get(213)?.level, at.get(213)?.id], [null, 1, "sec-u1"]);
  assert.deepEqual([at.get(231)?.number, at.get(231)?.level, at.get(231)?.parentId], ["（四）", 2, "sec-u1"]);
  assert.deepEqual([at.get(257)?.number, at.get(257)?.title, at.get(257)?.id], ["一", "基本概况", "sec-1"]);
  assert.deepEqual([at.get(310)?.number, at.get(310)?.level, at.get(310)?.id], ["1", 3, "sec-2-1-1"]);
  assert.deepEqual([at.get(406)?.number, at.get(406)?.level], ["2", 3], "no space after the dot");
  assert.equal(at.get(1387)?.title, "多层次多渠道完善现代职教体系构建");
  assert.ok(r.artefacts.some((a) => a.kind === "footnote-marker" && a.line === 257 && a.text === "¹"));
  assert.equal(r.diagnostics.filter((d) => d.ruleId === "toc-entry-missing-in-body").length, 0);
  assert.ok(r.diagnostics.some((d) => d.ruleId === "toc-title-differs" && d.line === 1055));
});

test("numbered table rows (1.–29.) and image text are not headings", () => {
  const lines = new Set(r.headings.map((h) => h.line));
  for (const n of [709, 720, 739, 672, 678, 682]) assert.equal(lines.has(n), false, `line ${n}`);
});

test("15 tables; 如表 5-1 所示 is prose, not a caption", () => {
  assert.equal(r.tables.length, 15);
  assert.deepEqual(
    r.tables.map((t) => t.number),
    ["2-1", "2-2", "2-3", "2-4", "2-5", "3-1", "3-2", "3-3", "3-4", "3-5", "3-6", "4-1", "5-1", "5-2", "6-1"],
  );
  assert.equal(
    r.tables.some((t) => t.line === 1117),
    false,
  );
});

test("5 figures; unnumbered photo captions inside cases are not figures", () => {
  assert.deepEqual(
    r.figures.map((f) => [f.number, f.line]),
    [
      ["1-1", 266],
      ["1-2", 283],
      ["1-3", 304],
      ["2-1", 446],
      ["2-2", 450],
    ],
  );
});

test("42 plain `案例 N-N` cases; the TOC's `3- 3` spacing does not matter", () => {
  assert.equal(r.cases.length, 42);
  const numbers = r.cases.map((c) => c.number);
  assert.equal(numbers.filter((n) => n?.startsWith("3-")).length, 21);
  assert.ok(numbers.includes("3-3") && numbers.includes("6-5"));
  const first = r.cases[0];
  assert.deepEqual(
    [first?.number, first?.line, first?.title],
    ["2-1", 314, "落实立德树人根本任务，校领导班子集体开讲思政课"],
  );
  assert.equal(r.cases.find((c) => c.number === "2-6")?.endLine, 362, "includes the trailing photo caption");
  assert.equal(r.diagnostics.filter((d) => d.ruleId === "toc-entry-missing-in-body").length, 0);
});

test("a school name cut by a page break is re-joined", () => {
  const p = r.body.find((b) => b.kind === "paragraph" && b.line <= 336 && b.endLine >= 338);
  assert.match(p?.text ?? "", /北京京北职业技术学院/);
});

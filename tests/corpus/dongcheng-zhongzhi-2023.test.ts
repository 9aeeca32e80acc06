// Hand-checked facts of the bundled 东城区中等职业教育质量年度报告（2023）, from reading the text
// (content/reports/004_…txt) and its notes. Hard-wrapped prose with a blank line after every line.
import assert from "node:assert/strict";
import { test } from "node:test";

import { countBy, report } from "../helpers/parsed-corpus.ts";

const r = await report("004_");

test("metadata: title with spaces around it, signature block at the end", () => {
  assert.equal(r.id, "dongcheng-zhongzhi-2023");
  assert.deepEqual(
    [r.title, r.region, r.regionLevel, r.schoolLevel, r.reportYear, r.dataYear, r.publisher, r.publishedOn],
    [
      "东城区中等职业教育质量年度报告（2023）",
      "东城区",
      "district",
      "secondary",
      2023,
      2022,
      "北京市东城区教育委员会",
      "2022-12",
    ],
  );
  assert.equal(r.source.lines, 1050);
});

test("50 headings written without a space; run-in numbered paragraphs are not headings", () => {
  assert.equal(r.headings.length, 50);
  assert.deepEqual(
    countBy(r.headings, (h) => h.level),
    { 1: 9, 2: 18, 3: 23 },
  );
  const at = new Map(r.headings.map((h) => [h.line, h]));
  assert.deepEqual([at.get(23)?.number, at.get(23)?.title], ["1", "基本情况"]);
  assert.equal(at.get(353)?.number, "3.1.1", "heading on a page-break line with a leading space");
  assert.equal(at.get(685)?.number, "4.2");
  assert.equal(at.get(438)?.number, "3.1.10");
  for (const n of [33, 39, 41, 43, 490, 498, 506, 1049]) assert.equal(at.has(n), false, `line ${n}`);
  const listItems = r.diagnostics.filter((d) => d.ruleId === "heading-looks-like-list-item").map((d) => d.line);
  assert.deepEqual(listItems, [498, 506]);
});

test("6 tables; 表7-1 and 表7-2 sit in section 6", () => {
  assert.deepEqual(
    r.tables.map((t) => [t.number, t.line]),
    [
      ["1-1", 35],
      ["1-2", 149],
      ["2-1", 254],
      ["3-1", 461],
      ["7-1", 875],
      ["7-2", 883],
    ],
  );
  assert.equal(r.tables.find((t) => t.number === "7-1")?.sectionId, "sec-6-2");
  assert.equal(r.figures.length, 0);
});

test("11 cases; the word 案例 in prose is not a case", () => {
  assert.deepEqual(
    r.cases.map((c) => c.number),
    ["1-1", "2-1", "3-1", "3-2", "3-3", "4-1", "5-1", "5-2", "5-3", "5-4", "7-1"],
  );
  const byNumber = new Map(r.cases.map((c) => [c.number, c]));
  assert.equal(byNumber.get("5-3")?.endLine, 828);
  assert.equal(byNumber.get("5-4")?.line, 830);
  assert.equal(byNumber.get("5-2")?.title, "上讲台、进社区，奉献优质服务");
});

test("a stray page number inside a case is removed and the sentence re-joined", () => {
  assert.ok(r.artefacts.some((a) => a.kind === "page-number" && a.line === 207 && a.text === "4"));
  const p = r.body.find((b) => b.kind === "paragraph" && b.line <= 205 && b.endLine >= 209);
  assert.match(p?.text ?? "", /获得全市比赛一等奖的好成绩。$/);
  assert.equal(p?.caseId, "case-1-1");
});

test("hard-wrapped prose becomes paragraphs that end at sentence ends", () => {
  const p = r.body.find((b) => b.kind === "paragraph" && b.line === 3);
  assert.equal(p?.endLine, 21);
  assert.match(p?.text ?? "", /落实《中华人民共和国职业教育法》/);
  assert.ok(r.artefacts.filter((a) => a.kind === "whitespace" && a.line >= 173 && a.line <= 183).length >= 5);
});

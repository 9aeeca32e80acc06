// Hand-checked facts of the bundled 北京市朝阳区中等职业教育质量年度报告 (2022年), from reading the text
// (content/reports/002_…txt) and its notes. The report has no table of contents.
import assert from "node:assert/strict";
import { test } from "node:test";

import { countBy, report } from "../helpers/parsed-corpus.ts";

const r = await report("002_");

test("metadata: district report whose data year precedes the title year", () => {
  assert.equal(r.id, "chaoyang-zhongzhi-2022");
  assert.deepEqual(
    [r.title, r.region, r.regionLevel, r.schoolLevel, r.reportYear, r.dataYear, r.publisher, r.publishedOn],
    [
      "北京市朝阳区中等职业教育质量年度报告 (2022年)",
      "朝阳区",
      "district",
      "secondary",
      2022,
      2021,
      "北京市朝阳区教育委员会",
      "2021-11",
    ],
  );
  assert.equal(r.source.lines, 398, "the last line has no newline but is a line");
});

test("58 headings: dotted levels 1–3, trailing dots normalised, (1) sub-headings at level 4", () => {
  assert.equal(r.headings.length, 58);
  assert.deepEqual(
    countBy(r.headings, (h) => h.level),
    { 1: 10, 2: 27, 3: 17, 4: 4 },
  );
  const at = new Map(r.headings.map((h) => [h.line, h]));
  assert.equal(at.get(160)?.number, "3.2.1");
  assert.equal(at.get(172)?.number, "3.2.4");
  assert.deepEqual(
    [at.get(192)?.number, at.get(192)?.level, at.get(192)?.title],
    ["（1）", 4, "组织70余次区级研训活动。"],
  );
  assert.equal(at.get(192)?.parentId, "sec-3-3-2");
  assert.equal(at.get(374)?.title, "主要问题和改进措施");
});

test("table rows, year-led sentences and the repeated title are not headings", () => {
  const lines = new Set(r.headings.map((h) => h.line));
  for (const n of [9, 45, 69, 218, 222]) assert.equal(lines.has(n), false, `line ${n}`);
});

test("6 tables numbered 1–6 (one caption without a space), no figures", () => {
  assert.deepEqual(
    r.tables.map((t) => [t.number, t.line]),
    [
      ["1", 29],
      ["2", 42],
      ["3", 49],
      ["4", 66],
      ["5", 121],
      ["6", 141],
    ],
  );
  assert.equal(r.figures.length, 0, "如图所示 at line 36 is prose, 蓝图 is a word");
});

test("9 unnumbered 【案例分享】 cases, numbered in order of appearance", () => {
  assert.deepEqual(
    r.cases.map((c) => c.line),
    [105, 176, 210, 220, 268, 280, 320, 332, 344],
  );
  assert.deepEqual(
    r.cases.map((c) => c.id),
    ["case-u1", "case-u2", "case-u3", "case-u4", "case-u5", "case-u6", "case-u7", "case-u8", "case-u9"],
  );
  assert.ok(r.cases.every((c) => c.number === null && c.label === "案例分享"));
  assert.equal(r.cases[0]?.title, "北京市优秀学生——盖乐");
  assert.equal(r.cases[0]?.endLine, 111, "ends before heading 2.2 at 113");
  assert.equal(r.cases[3]?.endLine, 224, "runs on across the page break 222/224");
  assert.equal(r.cases[0]?.url, "/reports/chaoyang-zhongzhi-2022/cases/u1/");
});

test("a case body line that starts with a year stays in the case", () => {
  const p = r.body.find((b) => b.line === 222);
  assert.equal(p?.kind, "paragraph");
  assert.equal(p?.caseId, "case-u4");
  assert.match(p?.text ?? "", /唯一亚洲学校代表参会/);
});

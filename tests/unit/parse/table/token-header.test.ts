import assert from "node:assert/strict";
import { test } from "node:test";

import { headerTokens, mergeFragments, periodicHeader } from "../../../../src/parse/table/token-header.ts";
import { readTokenHeader } from "../../../../src/parse/table/tokens.ts";

test("headerTokens glues a bracketed line to the cell above", () => {
  const tokens = headerTokens([["指标名称", "专任教师"], ["公共基础课教师"], ["（其中思政课教师11人）"]]);
  assert.deepEqual(
    tokens.map((t) => t.text),
    ["指标名称", "专任教师", "公共基础课教师（其中思政课教师11人）"],
  );
});

test("periodicHeader reads a two-level header printed one cell per line", () => {
  const lines = [
    ["分类"],
    ["课堂教学"],
    ["满意度"],
    ["专业课教学"],
    ["满意度"],
    ["数量"],
    ["（人）"],
    ["比例"],
    ["（%）"],
    ["数量"],
    ["（人）"],
    ["比例"],
    ["（%）"],
  ];
  const rows = periodicHeader(headerTokens(lines), 5);
  assert.deepEqual(rows, [
    ["分类", "课堂教学满意度", "", "专业课教学满意度", ""],
    ["", "数量（人）", "比例（%）", "数量（人）", "比例（%）"],
  ]);
});

test("mergeFragments glues the shortest wrapped tails first", () => {
  const tokens = headerTokens([["专业类型"], ["贯通培养项目"], ["3+2+2"], ["中高职衔接"], ["3+2"], ["4年制", "3年制"]]);
  assert.deepEqual(mergeFragments(tokens, 5), ["专业类型", "贯通培养项目3+2+2", "中高职衔接3+2", "4年制", "3年制"]);
});

test("readTokenHeader takes a lone word above the data as a row label", () => {
  const head = readTokenHeader(
    [["专业类型"], ["贯通培养项目"], ["3+2+2"], ["中高职衔接"], ["3+2"], ["4年制", "3年制"], ["专业名称"]],
    4,
  );
  assert.equal(head.rowLabel, "专业名称");
  assert.equal(head.columns.length, 5);
});

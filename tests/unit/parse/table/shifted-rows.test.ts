import assert from "node:assert/strict";
import { test } from "node:test";

import { repairShiftedRows } from "../../../../src/parse/table/shifted-rows.ts";

const columns = ["序号", "指标", "单位", "2019 年", "2020 年"];

test("a 其中 block printed one column to the right is moved back, the merged 其中 carried down", () => {
  const rows = [
    ["4", "非学历培训服务", "人日", "977416", "876052"],
    ["", "其中", "技术技能培训服务", "人日", "700396"],
    ["", "", "退役军人培训服务", "人日", "5479"],
    ["", "非学历培训到款额", "万元", "53705.57", "8403.16"],
  ];
  const { rows: repaired, findings } = repairShiftedRows("6-1", columns, rows, [10, 11, 12, 13]);
  assert.deepEqual(repaired[1], ["", "其中：技术技能培训服务", "人日", "700396", ""]);
  assert.deepEqual(repaired[2], ["", "其中：退役军人培训服务", "人日", "5479", ""]);
  assert.deepEqual(repaired[3], rows[3]);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.line]),
    [["table-row-shift-repaired", 11]],
  );
});

test("a row that looks shifted but would put text under a year is kept, with a warning", () => {
  const rows = [
    ["1", "技术服务到款额", "万元", "3493.71", "4521.63"],
    ["", "其中", "技术服务", "万元", "见附表"],
  ];
  const { rows: kept, findings } = repairShiftedRows("6-1", columns, rows, [10, 11]);
  assert.deepEqual(kept, rows);
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ["table-row-shifted"],
  );
});

test("a table without a 单位 column is never touched", () => {
  const rows = [["甲", "人日", "5"]];
  assert.deepEqual(repairShiftedRows("1", ["名称", "类别", "数量"], rows, [1]).rows, rows);
});

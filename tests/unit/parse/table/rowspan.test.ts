import assert from "node:assert/strict";
import { test } from "node:test";

import { fillMergedCells, isGroupColumn } from "../../../../src/parse/table/index.ts";

test("fillMergedCells carries school names down but leaves 序号, remarks and totals alone", () => {
  const columns = ["序号", "学校名称", "专业", "备注"];
  const rows = [
    ["1", "北京市商业学校", "音乐表演", ""],
    ["2", "", "智慧健康养老服务", "补备案"],
    ["3", "北京市园林学校", "园林绿化", ""],
    ["", "", "园林技术", "新增学制"],
    ["合计", "", "", ""],
  ];
  assert.deepEqual(fillMergedCells(columns, rows), [
    ["1", "北京市商业学校", "音乐表演", ""],
    ["2", "北京市商业学校", "智慧健康养老服务", "补备案"],
    ["3", "北京市园林学校", "园林绿化", ""],
    ["", "北京市园林学校", "园林技术", "新增学制"],
    ["合计", "", "", ""],
  ]);
});

test("isGroupColumn rejects a single value over blanks (a genuinely empty cell) and numbers", () => {
  assert.ok(!isGroupColumn("技术技能大师工作室", ["宋志春美发美容大师工作室", "", ""]));
  assert.ok(!isGroupColumn("2020 年", ["5", "", "7"]));
  assert.ok(isGroupColumn("奖项", ["一等奖", "", "二等奖", ""]));
  assert.ok(!isGroupColumn("序号", ["1.", "", "2."]));
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { fillMergedCells, isGroupColumn } from "../../../../src/parse/table/index.ts";
import { fillRowspans } from "../../../../src/parse/table/rowspan.ts";

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

test("isGroupColumn rejects yes/no columns, unit columns and lists that only run out at the bottom", () => {
  assert.ok(!isGroupColumn("优秀组织奖", ["是", "", "是", "", "是", ""]), "one label alone is a flag");
  assert.ok(!isGroupColumn("单位", ["元/生", "元", "元", "万元", ""]), "元 printed twice in a row: no merge");
  assert.ok(!isGroupColumn("3年制", ["绘画", "艺术设计", "音乐表演", ""]), "a category grid's column ran out");
});

test("fillRowspans records one body merge per label that covers more than its row", () => {
  const columns = ["序号", "中方院校", "合作国家", "专业"];
  const rows = [
    ["1", "甲学院", "美国", "会计"],
    ["2", "", "英国", "金融"],
    ["3", "", "", "会计"],
    ["4", "乙学院", "日本", "护理"],
    ["5", "", "", "养老"],
  ];
  const { rows: filled, merges } = fillRowspans(columns, rows);
  assert.deepEqual(filled[2], ["3", "甲学院", "英国", "会计"]);
  assert.deepEqual(filled[4], ["5", "乙学院", "日本", "养老"]);
  assert.deepEqual(merges, [
    { part: "body", row: 0, column: 1, rows: 3, columns: 1 },
    { part: "body", row: 1, column: 2, rows: 2, columns: 1 },
    { part: "body", row: 3, column: 1, rows: 2, columns: 1 },
    { part: "body", row: 3, column: 2, rows: 2, columns: 1 },
  ]);
});

test("fillRowspans: a blank does not continue a group once a group column to its left starts a new one", () => {
  const columns = ["学校", "合作单位", "专业"];
  const rows = [
    ["甲学院", "A 公司", "会计"],
    ["", "", "金融"],
    ["乙学院", "", "护理"],
    ["", "B 公司", "养老"],
  ];
  assert.deepEqual(
    fillRowspans(columns, rows).rows.map((r) => r[1]),
    ["A 公司", "A 公司", "", "B 公司"],
  );
});

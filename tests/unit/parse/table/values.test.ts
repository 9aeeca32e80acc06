import assert from "node:assert/strict";
import { test } from "node:test";

import { bracketedUnit, statedUnit, tableValues } from "../../../../src/parse/table/values.ts";

const context = (columns: string[], caption = "表", note: string | null = null) => ({ columns, caption, note });

test("numbers as printed: thousands separators, full-width point, footnote marks, ratios; 3/4 stays text", () => {
  const [row] = tableValues(
    [["甲", "4,837.51", "92．1", "9009⁶", "8.1:1", "3/4", "——"]],
    context(["名称", "a", "b", "c", "d", "e", "f"]),
  );
  assert.deepEqual(row, [
    null,
    { number: 4837.51, unit: null, footnote: null },
    { number: 92.1, unit: null, footnote: null },
    { number: 9009, unit: null, footnote: "⁶" },
    { number: 8.1, unit: "ratio", footnote: null },
    null,
    null,
  ]);
});

test("the unit from the cell, the column header, the row's 单位 cell or label, else the caption", () => {
  const columns = ["指标", "单位", "人数（人）", "比例（%）", "2020 年"];
  const values = tableValues(
    [
      ["招生", "", "120", "96.5%", "1.8万"],
      ["生均教学仪器设备值（万元）", "", "", "", "1.2"],
      ["经费", "万元", "", "", "100"],
      ["其他", "", "", "", "7"],
    ],
    context(columns, "表 1 经费（单位：元）"),
  );
  assert.equal(values[0]?.[2]?.unit, "人");
  assert.equal(values[0]?.[3]?.unit, "%");
  assert.deepEqual(values[0]?.[4], { number: 1.8, unit: "万元", footnote: null }, "万 joined to the caption's 元");
  assert.equal(values[1]?.[4]?.unit, "万元");
  assert.equal(values[2]?.[4]?.unit, "万元");
  assert.equal(values[3]?.[4]?.unit, "元");
});

test("numbering, code and year columns hold no values", () => {
  const [row] = tableValues([["1", "720803", "2021", "30"]], context(["序号", "专业代码", "年份", "人数"]));
  assert.deepEqual(row, [null, null, null, { number: 30, unit: null, footnote: null }]);
});

test("bracketedUnit and statedUnit read only units", () => {
  assert.equal(bracketedUnit("奖助金额（万元）"), "万元");
  assert.equal(bracketedUnit("课堂教学满意度/比例（%）"), "%");
  assert.equal(bracketedUnit("艺术设计与制作（国美）"), null);
  assert.equal(statedUnit("2023 年经费情况（单位：万元）"), "万元");
  assert.equal(statedUnit(null), null);
});

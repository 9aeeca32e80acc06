import assert from "node:assert/strict";
import { test } from "node:test";

import {
  findColumnSpans,
  spansAreColumns,
  splitBySpans,
  splitTabs,
  splitWords,
} from "../../../../src/parse/table/split.ts";

test("splitTabs keeps empty cells", () => {
  assert.deepEqual(splitTabs("2\t\t公共管理与服务大类\t"), ["2", "", "公共管理与服务大类", ""]);
});

test("splitWords splits on any run of spaces", () => {
  assert.deepEqual(splitWords("女  255      90  83  "), ["女", "255", "90", "83"]);
});

// Columns 4, 19 and 6 display columns wide, two spaces apart.
const layout = ["序号  学校名称             奖项", "1     北京市商业学校       一等奖", "      北京铁路电气化学 校"];

test("findColumnSpans finds gutters of two or more blank columns shared by all lines", () => {
  const spans = findColumnSpans(layout);
  assert.equal(spans.length, 3);
  assert.deepEqual(splitBySpans(layout[2] ?? "", spans), ["", "北京铁路电气化学 校", ""]);
  assert.ok(spansAreColumns(layout, spans));
});

test("spansAreColumns rejects single-space text with irregular gaps", () => {
  const lines = ["年度 东城区中等职业学校招生人数", "女  255      90  83", "2020 277"];
  assert.ok(!spansAreColumns(lines, findColumnSpans(lines)));
});

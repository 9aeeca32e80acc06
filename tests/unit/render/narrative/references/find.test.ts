import assert from "node:assert/strict";
import { test } from "node:test";

import { findReferences } from "../../../../../src/render/narrative/references/find.ts";

/** Each reference as `kind number "linked text"`. */
const refs = (text: string) => findReferences(text).map((r) => `${r.kind} ${r.number} "${text.slice(r.start, r.end)}"`);

test("见表, 如表…所示, 如图, 见图, （见案例…）", () => {
  assert.deepEqual(refs("招生情况见表1-1。"), ['table 1-1 "表1-1"']);
  assert.deepEqual(refs("合作专业，如表 5-1 所示。"), ['table 5-1 "表 5-1"']);
  assert.deepEqual(refs("如图2-1，逐年上升"), ['figure 2-1 "图2-1"']);
  assert.deepEqual(refs("课程体系（见图 4-1），即"), ['figure 4-1 "图 4-1"']);
  assert.deepEqual(refs("成效显著（见案例 2-1）。"), ['case 2-1 "案例 2-1"']);
  assert.deepEqual(refs("详见典型案例3-2-1"), ['case 3-2-1 "案例3-2-1"']);
});

test("offsets are UTF-16 offsets into the text", () => {
  const text = "如表 1-2-1 所示";
  assert.deepEqual(findReferences(text), [{ start: 1, end: 8, kind: "table", number: "1-2-1" }]);
});

test("spaces, full-width digits and the dashes converters print", () => {
  assert.deepEqual(refs("见表 1 - 2"), ['table 1-2 "表 1 - 2"']);
  assert.deepEqual(refs("见表１－２"), ['table 1-2 "表１－２"']);
  assert.deepEqual(refs("见图3—1与图3–2"), ['figure 3-1 "图3—1"', 'figure 3-2 "图3–2"']);
  assert.deepEqual(refs("见表2‐1"), ['table 2-1 "表2‐1"']);
});

test("lists: 表1-1、表1-2, 图2-1、2-2, 表1-1和表1-3, 表2-1至表2-3", () => {
  assert.deepEqual(refs("见表1-1、表1-2。"), ['table 1-1 "表1-1"', 'table 1-2 "表1-2"']);
  assert.deepEqual(refs("如图2-1、2-2所示"), ['figure 2-1 "图2-1"', 'figure 2-2 "2-2"']);
  assert.deepEqual(refs("表1-1和表1-3"), ['table 1-1 "表1-1"', 'table 1-3 "表1-3"']);
  assert.deepEqual(refs("见表2-1至表2-3"), ['table 2-1 "表2-1"', 'table 2-3 "表2-3"']);
  assert.deepEqual(refs("见表1-1、图1-2"), ['table 1-1 "表1-1"', 'figure 1-2 "图1-2"']);
  // An item without its keyword and with another shape is not part of the list.
  assert.deepEqual(refs("见表1-1、2、3项"), ['table 1-1 "表1-1"']);
  assert.deepEqual(refs("见表1-1，2024年全区"), ['table 1-1 "表1-1"']);
});

test("a single-part number only after 见 or 如", () => {
  assert.deepEqual(refs("（见表1）"), ['table 1 "表1"']);
  assert.deepEqual(refs("如图 3 所示"), ['figure 3 "图 3"']);
  assert.deepEqual(refs("表3显示"), []);
  assert.deepEqual(refs("学生代表1人发言"), []);
});

test("not references: words ending in 表/图, spans of years, decimals, numbers running on", () => {
  assert.deepEqual(refs("代表1-2名"), []);
  assert.deepEqual(refs("发表1-2篇论文"), []);
  assert.deepEqual(refs("绘制地图1-2张"), []);
  assert.deepEqual(refs("见表2023-2024年数据"), []);
  assert.deepEqual(refs("见表1-1.5"), []);
  assert.deepEqual(refs("如图所示"), []);
  assert.deepEqual(refs("附表1-1"), []);
});

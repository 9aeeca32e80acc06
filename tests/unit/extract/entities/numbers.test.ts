import assert from "node:assert/strict";
import { test } from "node:test";

import { parseCell, valueAt } from "../../../../src/extract/entities/numbers.ts";

test("cells: numbers, percentages, full-width points, footnote marks, ratios; text is null", () => {
  assert.deepEqual(parseCell("95.27%"), { value: 95.27, unit: "%", ratio: null, text: "95.27%" });
  assert.equal(parseCell("92．1")?.value, 92.1);
  assert.equal(parseCell("9009 ⁶")?.value, 9009);
  assert.equal(parseCell("-383")?.value, -383);
  assert.deepEqual(parseCell("0.26:0.74")?.ratio, [0.26, 0.74]);
  assert.equal(parseCell("—"), null);
  assert.equal(parseCell("增加58人"), null);
  assert.equal(parseCell("1.8万")?.value, 18000, "a fact keeps the quantity");
  assert.equal(parseCell("+5"), null, "a change, not a level");
});

test("prose values: units, 万, ratios", () => {
  assert.deepEqual(valueAt("1061人，")?.parsed, { value: 1061, unit: "人", ratio: null, text: "1061人" });
  assert.equal(valueAt("7.28万人")?.parsed.value, 72800);
  assert.equal(valueAt("2.5:1。")?.parsed.unit, "ratio");
  assert.equal(valueAt("2022年"), null);
});

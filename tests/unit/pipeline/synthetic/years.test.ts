import assert from "node:assert/strict";
import { test } from "node:test";

import { shiftChineseYear, shiftRange, shiftYear, yearWindow } from "../../../../src/pipeline/synthetic/years.ts";

test("the window runs from three years before the data year to the year after the report year", () => {
  assert.deepEqual(yearWindow(2023, 2022), { from: 2019, to: 2024 });
  assert.deepEqual(yearWindow(2024, null), { from: 2021, to: 2025 });
});

test("years in the window move, years outside it stay", () => {
  const w = yearWindow(2023, 2022);
  assert.equal(shiftYear(2022, w, 1), 2023);
  assert.equal(shiftYear(2024, w, 2), 2026);
  assert.equal(shiftYear(1983, w, 1), 1983);
  assert.equal(shiftYear(2018, w, 1), 2018);
});

test("a range moves only when both ends are in the window", () => {
  const w = yearWindow(2023, 2022);
  assert.deepEqual(shiftRange(2021, 2022, w, 1), [2022, 2023]);
  assert.deepEqual(shiftRange(2016, 2020, w, 1), [2016, 2020]);
});

test("a year in Chinese digits moves and keeps its way of writing zero", () => {
  const w = yearWindow(2022, 2021);
  assert.equal(shiftChineseYear("二零二一", w, 1), "二零二二");
  assert.equal(shiftChineseYear("二〇二二", w, 8), "二〇三〇");
  assert.equal(shiftChineseYear("一九八三", w, 1), "一九八三");
  assert.equal(shiftChineseYear("甲乙丙丁", w, 1), "甲乙丙丁");
});

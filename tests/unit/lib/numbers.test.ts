import assert from "node:assert/strict";
import { test } from "node:test";

import {
  cnDigitsNumber,
  cnNumber,
  formatNumber,
  groupDigits,
  isNoValue,
  multiplierOf,
  normaliseDigits,
  readNumber,
  readNumberAt,
  readYear,
} from "../../../src/lib/numbers.ts";

test("printed numbers: separators, full-width digits and point, signs, footnote marks", () => {
  assert.equal(readNumber("4,837.51")?.value, 4837.51);
  assert.equal(readNumber("4，837")?.value, 4837, "full-width comma groups digits in a cell");
  assert.equal(readNumber("1,23"), null, "not groups of three");
  assert.equal(readNumber("92．1")?.value, 92.1);
  assert.equal(readNumber("９２．１")?.value, 92.1);
  assert.equal(readNumber("-383")?.value, -383);
  assert.equal(readNumber("−383")?.value, -383);
  const plus = readNumber("+5");
  assert.equal(plus?.value, 5);
  assert.equal(plus?.plus, true);
  const marked = readNumber("9009⁶");
  assert.equal(marked?.value, 9009);
  assert.equal(marked?.footnote, "⁶");
  assert.equal(readNumber("9009 ⁶")?.value, 9009);
  assert.equal(readNumber("12*")?.footnote, "*");
  assert.equal(readNumber("增加58人"), null);
  assert.equal(readNumber("2024 年"), null);
});

test("units: % by default, others only when the caller accepts them; 万/亿 multiply the value", () => {
  const percent = readNumber("95.27%");
  assert.equal(percent?.value, 95.27);
  assert.equal(percent?.unit, "%");
  assert.equal(readNumber("96.5％")?.unit, "%");
  assert.equal(readNumber("1.8万"), null, "万 not accepted by default");
  const wan = readNumber("1.8万", { units: ["万"] });
  assert.equal(wan?.number, 1.8, "as printed");
  assert.equal(wan?.value, 18000, "the quantity");
  assert.equal(wan?.multiplier, 10000);
  assert.equal(readNumber("2.57万", { units: ["万"] })?.value, 25700, "rounded, not 25699.999999999996");
  assert.equal(readNumber("3亿", { units: ["亿"] })?.value, 300_000_000);
  const yuan = readNumber("1.2万元", { units: ["万元", "元", "万"] });
  assert.equal(yuan?.unit, "万元", "the longest unit wins");
  assert.equal(yuan?.number, 1.2);
  assert.equal(multiplierOf("万人"), 10000);
  assert.equal(multiplierOf("元"), 1);
  assert.equal(multiplierOf(null), 1);
});

test("ratios a:b keep both terms", () => {
  const r = readNumber("8.1:1");
  assert.equal(r?.unit, "ratio");
  assert.equal(r?.value, 8.1);
  assert.deepEqual(r?.ratio, [8.1, 1]);
  assert.deepEqual(readNumber("0.26：0.74")?.ratio, [0.26, 0.74], "full-width colon");
  assert.equal(readNumber("1:0"), null);
});

test("dashes and words for no value", () => {
  for (const cell of ["", "—", "——", "－", "-", "/", "…", "无", "暂无", " — "]) assert.ok(isNoValue(cell), cell);
  for (const cell of ["0", "—1", "有"]) assert.ok(!isNoValue(cell), cell);
  assert.equal(readNumber("——"), null);
  assert.equal(readNumber("－"), null);
});

test("numbers at the start of running text", () => {
  const people = readNumberAt("7.28万人，", ["万人", "人"]);
  assert.equal(people?.read.value, 72800);
  assert.equal(people?.read.unit, "万人");
  assert.equal(people?.length, 6);
  assert.equal(readNumberAt("1,061 人。", ["人"])?.read.value, 1061);
  assert.equal(readNumberAt("12，345人", ["人"]), null, "， separates clauses in prose");
  assert.equal(readNumberAt("2022年", ["人"]), null, "a unit is required");
  assert.deepEqual(readNumberAt("2.5 : 1。", [])?.read.ratio, [2.5, 1]);
});

test("digits normalised one character for one; Chinese numerals", () => {
  assert.equal(normaliseDigits("９２．１％，８：１"), "92.1%，8:1");
  assert.equal(cnNumber("十二"), 12);
  assert.equal(cnNumber("二十三"), 23);
  assert.ok(Number.isNaN(cnNumber("百")));
  assert.equal(cnDigitsNumber("二〇二三"), 2023);
});

test("years and school years", () => {
  assert.deepEqual(readYear("2019 年"), { year: 2019, period: null });
  assert.deepEqual(readYear("2020年度"), { year: 2020, period: null });
  assert.deepEqual(readYear("2020-2021"), { year: 2021, period: "2020-2021" });
  assert.deepEqual(readYear("2021—2022学年"), { year: 2022, period: "2021-2022" });
  assert.deepEqual(readYear("２０２１－２０２２"), { year: 2022, period: "2021-2022" });
  assert.equal(readYear("1061"), null);
  assert.equal(readYear("A+"), null);
});

test("groupDigits groups the whole part of a printed number and keeps the rest as printed", () => {
  assert.equal(groupDigits("19349"), "19,349");
  assert.equal(groupDigits("25700人"), "25,700人");
  assert.equal(groupDigits("62292.99"), "62,292.99");
  assert.equal(groupDigits("1234567"), "1,234,567");
  assert.equal(groupDigits("−4261"), "−4,261");
  assert.equal(groupDigits("977416人日"), "977,416人日");
  // Short numbers, grouped numbers, ranges, ratios and text stay as they are.
  for (const same of ["263", "96.5%", "4,837.51", "2019-2020", "2019年", "8.1:1", "约3000", "", "—"])
    assert.equal(groupDigits(same), same);
});

test("formatNumber writes a value as zh-CN does, with at most three decimals", () => {
  assert.equal(formatNumber(62292.99), "62,292.99");
  assert.equal(formatNumber(25700), "25,700");
  assert.equal(formatNumber(1.23456), "1.235");
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { parseDateLine, yearInTitle } from "../../../src/extract/dates.ts";

test("dates printed in every form the reports use", () => {
  assert.equal(parseDateLine("2025 年 3 月"), "2025-03");
  assert.equal(parseDateLine("二零二一年十一月"), "2021-11");
  assert.equal(parseDateLine("2021.01"), "2021-01");
  assert.equal(parseDateLine("   2022年12月23日 "), "2022-12");
  assert.equal(parseDateLine("2022年，东城区共招生253人"), null);
});

test("the year in a title", () => {
  assert.equal(yearInTitle("北京市中等职业教育质量年度报告 (2024 年度)"), 2024);
  assert.equal(yearInTitle("东城区中等职业教育质量年度报告（2023）"), 2023);
  assert.equal(yearInTitle("某区职业教育质量年度报告（二〇二三年）"), 2023);
  assert.equal(yearInTitle("职业教育质量年度报告"), null);
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { defaultContext } from "../../../../src/extract/entities/index.ts";
import { tableIndicators } from "../../../../src/extract/entities/indicators-table.ts";
import type { Table } from "../../../../src/model/index.ts";

const ctx = defaultContext();
const table = (caption: string, columns: string[], rows: string[][]): Table => ({
  id: "tbl-1",
  number: "1",
  caption,
  line: 10,
  hasBody: true,
  bodyLines: [11, 11 + rows.length],
  header: [columns],
  columns,
  rows,
  printed: rows,
  merges: [],
  values: [],
  rowLines: rows.map((_, i) => 12 + i),
  note: null,
  sectionId: null,
  url: "/x/",
});
const facts = (t: Table) =>
  tableIndicators(t, ctx.labels, ctx.matcher, 2021).map((f) => [f.metric, f.year, f.period, f.value, f.unit, f.line]);

test("indicator rows: 指标 + 单位 + year columns", () => {
  const t = table(
    "学生发展表",
    ["序号", "指标", "单位", "2019 年", "2020 年"],
    [
      ["1", "毕业生人数", "人", "19349", "21380"],
      ["", "其中：就业人数", "人", "1", "2"],
    ],
  );
  assert.deepEqual(facts(t), [
    ["graduates", 2019, null, 19349, "人", 12],
    ["graduates", 2020, null, 21380, "人", 12],
    ["employed", 2019, null, 1, "人", 13],
    ["employed", 2020, null, 2, "人", 13],
  ]);
});

test("year rows: units from the header brackets; a 增量 row is skipped", () => {
  const t = table(
    "规模",
    ["年份", "招生规模（人）"],
    [
      ["2019-2020", "430"],
      ["增量", "225"],
    ],
  );
  assert.deepEqual(facts(t), [["enrollment", 2020, "2019-2020", 430, "人", 12]]);
});

test("one-row tables take the caption year, else the data year", () => {
  assert.deepEqual(facts(table("2022年教师", ["专任教师数"], [["637"]])), [
    ["fulltimeTeachers", 2022, null, 637, "人", 12],
  ]);
  assert.deepEqual(facts(table("教师", ["专任教师数"], [["637"]]))[0]?.[1], 2021);
});

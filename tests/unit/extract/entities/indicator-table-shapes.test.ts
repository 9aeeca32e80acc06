// Indicator × year tables in the shapes reports print them (small tables written for these tests; cells
// are short strings as reports print them, no corpus text).
import assert from "node:assert/strict";
import { test } from "node:test";

import { defaultContext } from "../../../../src/extract/entities/index.ts";
import { tableIndicators } from "../../../../src/extract/entities/indicators-table.ts";
import type { Table } from "../../../../src/model/index.ts";

const ctx = defaultContext();
const table = (caption: string, columns: string[], rows: string[][], note: string | null = null): Table => ({
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
  note,
  sectionId: null,
  url: "/x/",
});
const facts = (t: Table) =>
  tableIndicators(t, ctx.labels, ctx.matcher, 2022).map((f) => [
    f.metric,
    f.year,
    f.value,
    f.unit,
    f.qualifier,
    f.school,
    f.line,
  ]);

test("总体规模: indicators × 2021年/2022年, 总人数 and 其中 sub-rows are the group's whole and parts", () => {
  const t = table(
    "总体规模",
    ["类别", "项目", "2021年", "2022年"],
    [
      ["招生规模", "总人数", "1,200", "1,350"],
      ["招生规模", "其中：贯通培养", "300", "320"],
      ["在校生规模", "总人数", "3 600", "3 800"],
      ["毕业生规模", "总人数", "1 000", "1 100"],
    ],
  );
  assert.deepEqual(facts(t), [
    ["enrollment", 2021, 1200, "人", null, null, 12],
    ["enrollment", 2022, 1350, "人", null, null, 12],
    ["enrollment", 2021, 300, "人", "贯通培养", null, 13],
    ["enrollment", 2022, 320, "人", "贯通培养", null, 13],
    ["students", 2021, 3600, "人", null, null, 14],
    ["students", 2022, 3800, "人", null, null, 14],
    ["graduates", 2021, 1000, "人", null, null, 15],
    ["graduates", 2022, 1100, "人", null, null, 15],
  ]);
});

test("教师队伍: `2021 年` headers, 生师比 8.1:1 as a ratio, 专技岗教师总数; 增长量 is a change, not a value", () => {
  const t = table(
    "教师队伍",
    ["指标", "2021 年", "2022 年", "增长量"],
    [
      ["教职工总数（人）", "420", "436", "16"],
      ["生师比", "8.3:1", "8.1:1", "—"],
      ["专技岗教师总数（人）", "350", "362", "12"],
    ],
  );
  const got = tableIndicators(t, ctx.labels, ctx.matcher, 2022);
  assert.deepEqual(
    got.map((f) => [f.metric, f.year, f.value, f.unit]),
    [
      ["staff", 2021, 420, "人"],
      ["staff", 2022, 436, "人"],
      ["studentTeacherRatio", 2021, 8.3, "ratio"],
      ["studentTeacherRatio", 2022, 8.1, "ratio"],
      ["fulltimeTeachers", 2021, 350, "人"],
      ["fulltimeTeachers", 2022, 362, "人"],
    ],
  );
  assert.deepEqual(got.find((f) => f.year === 2022 && f.metric === "studentTeacherRatio")?.ratio, [8.1, 1]);
  assert.ok(got.every((f) => f.confidence === "certain" && f.sentence === null));
});

test("就业质量 transposed: years in rows (2020-2021学年), metrics in columns, units from 比例（%） and （元）", () => {
  const t = table(
    "就业质量",
    ["学年", "对口就业率（%）", "初次就业起薪（元）", "升入高等教育比例（%）", "同比"],
    [
      ["2020-2021学年", "92．1", "4,050", "40", "+1"],
      ["2021-2022学年", "93.5", "4,320", "45", "+5"],
    ],
  );
  assert.deepEqual(
    tableIndicators(t, ctx.labels, ctx.matcher, 2022).map((f) => [f.metric, f.year, f.period, f.value, f.unit]),
    [
      ["relevantEmploymentRate", 2021, "2020-2021", 92.1, "%"],
      ["startingSalary", 2021, "2020-2021", 4050, "元"],
      ["furtherStudyRate", 2021, "2020-2021", 40, "%"],
      ["relevantEmploymentRate", 2022, "2021-2022", 93.5, "%"],
      ["startingSalary", 2022, "2021-2022", 4320, "元"],
      ["furtherStudyRate", 2022, "2021-2022", 45, "%"],
    ],
  );
});

test("units from the caption (单位：万元) and a row label (生均…（元）); a share printed for a count is the share", () => {
  const t = table(
    "经费与师资（单位：万元）",
    ["指标", "2021年", "2022年"],
    [
      ["财政拨款", "1,500.5", "1,620"],
      ["生均公用经费（元）", "9800", "10200"],
      ["双师型教师", "58.2%", "61%"],
    ],
  );
  assert.deepEqual(
    tableIndicators(t, ctx.labels, ctx.matcher, 2022).map((f) => [f.metric, f.year, f.value, f.unit]),
    [
      ["fiscalAppropriation", 2021, 1500.5, "万元"],
      ["fiscalAppropriation", 2022, 1620, "万元"],
      ["perStudentPublicExpenditure", 2021, 9800, "元"],
      ["perStudentPublicExpenditure", 2022, 10200, "元"],
      ["dualQualifiedShare", 2021, 58.2, "%"],
      ["dualQualifiedShare", 2022, 61, "%"],
    ],
  );
});

test("rows that are schools give school-scope values; a 合计 row is the region's", () => {
  const t = table(
    "各校学生规模",
    ["学校名称", "在校生数", "专任教师数"],
    [
      ["北京市劲松职业高中", "1200", "150"],
      ["北京市求实职业学校", "900", "120"],
      ["合计", "2100", "270"],
    ],
  );
  assert.deepEqual(facts(t), [
    ["students", 2022, 1200, "人", null, "北京市劲松职业高中", 12],
    ["fulltimeTeachers", 2022, 150, "人", null, "北京市劲松职业高中", 12],
    ["students", 2022, 900, "人", null, "北京市求实职业学校", 13],
    ["fulltimeTeachers", 2022, 120, "人", null, "北京市求实职业学校", 13],
    ["students", 2022, 2100, "人", null, null, 14],
    ["fulltimeTeachers", 2022, 270, "人", null, null, 14],
  ]);
});

test("multi-level headers: the year and the unit come from the column path", () => {
  const t = table("招生情况", ["指标", "2021年/人数", "2022年/人数"], [["招生人数（万人）", "1.2", "1.5"]]);
  assert.deepEqual(
    tableIndicators(t, ctx.labels, ctx.matcher, 2022).map((f) => [f.metric, f.year, f.value, f.unit]),
    [
      ["enrollment", 2021, 12000, "人"],
      ["enrollment", 2022, 15000, "人"],
    ],
  );
});

test("a change row (2022年相对2021年变化情况) and text cells are not values", () => {
  const t = table(
    "招生人数对比",
    ["年度", "招生人数"],
    [
      ["2021", "195"],
      ["2022", "253"],
      ["2022年相对2021年变化情况", "增加58人"],
    ],
  );
  assert.deepEqual(
    tableIndicators(t, ctx.labels, ctx.matcher, 2022).map((f) => [f.year, f.value]),
    [
      [2021, 195],
      [2022, 253],
    ],
  );
});

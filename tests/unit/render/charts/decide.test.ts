import assert from "node:assert/strict";
import { test } from "node:test";

import { chartKind, decideChart } from "../../../../src/render/charts/decide.ts";
import { headerUnit, parseNumber, yearOf } from "../../../../src/render/charts/numbers.ts";
import { makeTable } from "./helpers.ts";

test("numbers are read through full-width digits and point, separators, %, 万, 元 and footnote marks", () => {
  assert.equal(parseNumber("９２．１"), 92.1);
  assert.equal(parseNumber("92．1"), 92.1);
  assert.equal(parseNumber("1,234,567"), 1234567);
  assert.equal(parseNumber("96.5%"), 96.5);
  assert.equal(parseNumber("3356元"), 3356);
  assert.equal(parseNumber("12万"), 12);
  assert.equal(parseNumber("-383"), -383);
  assert.equal(parseNumber("9009 ⁶"), 9009);
  assert.equal(parseNumber("增加58人"), null);
  assert.equal(parseNumber("—"), null);
  assert.equal(yearOf("2019 年"), 2019);
  assert.equal(yearOf("2019-2020"), 2020);
  assert.equal(yearOf("2021—2022学年"), 2022);
  assert.equal(yearOf("A+"), null);
  assert.equal(headerUnit("招生规模（人）"), "人");
  assert.equal(headerUnit("课堂教学满意度/比例（%）"), "%");
  assert.equal(headerUnit("建筑面积（m ² ）"), "m²");
  assert.equal(headerUnit("奖助人数"), "人");
  assert.equal(headerUnit("公共基础课教师（其中思政课教师11人）"), null);
});

test("year columns with a 单位 column: one panel per indicator row, each with its own unit", () => {
  const table = makeTable(
    ["序号", "指标", "单位", "2019 年", "2020 年"],
    [
      ["1", "毕业生人数", "人", "19349", "21380"],
      ["", "其中：就业人数", "人", "17875", "19305"],
      ["2", "毕业生就业去向：", "—", "—", "—"],
      ["3", "就业率", "%", "92.38", "90.29"],
      ["4", "月收入", "元", "4455.31", "4837.50"],
    ],
  );
  const plan = decideChart(table);
  assert.equal(plan.kind, "panels");
  assert.ok(plan.kind !== null);
  assert.deepEqual(
    plan.data.map((d) => `${d.series}/${d.label}=${d.value}${d.unit}`),
    [
      "毕业生人数/2019年=19349人",
      "毕业生人数/2020年=21380人",
      "其中：就业人数/2019年=17875人",
      "其中：就业人数/2020年=19305人",
      "就业率/2019年=92.38%",
      "就业率/2020年=90.29%",
      "月收入/2019年=4455.31元",
      "月收入/2020年=4837.5元",
    ],
  );
  assert.deepEqual(plan.leftOut, []);
});

test("year columns of one unit: comparable rows → grouped bars; a row one axis would flatten → panels", () => {
  const schools = makeTable(
    ["学校", "2021 年（人）", "2022 年（人）"],
    [
      ["甲校", "430", "655"],
      ["乙校", "873", "490"],
      ["丙校", "301", "350"],
    ],
  );
  assert.equal(decideChart(schools).kind, "grouped-bars");
  const scale = makeTable(
    ["项目", "2021 年", "2022 年"],
    [
      ["招生", "430", "655"],
      ["毕业生", "873", "490"],
      ["培训", "10787", "68909"],
    ],
  );
  const plan = decideChart(scale);
  assert.equal(plan.kind, "panels");
  assert.match(plan.reason, /flatten/);
});

test("more than 16 indicator rows make no chart: a wall of panels reads worse than the table", () => {
  const rows = Array.from({ length: 17 }, (_, i) => [String(i + 1), `指标${i + 1}`, "人", "1", "2"]);
  const plan = decideChart(makeTable(["序号", "指标", "单位", "2019 年", "2020 年"], rows));
  assert.equal(plan.kind, null);
  assert.match(plan.reason, /17 measures: too many panels/);
});

test("years in rows → years across, one panel per measure; total and change rows are left out and said so", () => {
  const table = makeTable(
    ["年份", "招生人数（人）"],
    [
      ["2019", "300"],
      ["2020", "320"],
      ["2021", "280"],
      ["2022", "350"],
      ["2022年相对2021年变化情况", "增加70人"],
      ["合计", "1250"],
    ],
  );
  const plan = decideChart(table);
  assert.equal(plan.kind, "panels");
  assert.ok(plan.kind !== null);
  assert.deepEqual(
    plan.data.map((d) => `${d.label}=${d.value}`),
    ["2019=300", "2020=320", "2021=280", "2022=350"],
  );
  assert.deepEqual(plan.leftOut, ["2022年相对2021年变化情况、合计行（合计或变化）未绘出"]);
});

test("more than three year columns of comparable rows → lines", () => {
  const table = makeTable(
    ["学校", "2019 年", "2020 年", "2021 年", "2022 年"],
    [
      ["甲校", "300", "320", "280", "350"],
      ["乙校", "200", "210", "260", "240"],
    ],
  );
  assert.equal(decideChart(table).kind, "lines");
});

test("one series over three or more categories → sorted bars; mixed-unit columns are left out", () => {
  const table = makeTable(
    ["序号", "项目种类", "奖助人数", "奖助金额（万元）"],
    [
      ["1", "奖学金", "13881", "1675.65"],
      ["2", "困难补助", "19931", "1098.93"],
      ["3", "助学金", "14943", "3,036.20"],
    ],
  );
  const plan = decideChart(table);
  assert.equal(plan.kind, "bars");
  assert.ok(plan.kind !== null);
  assert.equal(plan.unit, "人");
  assert.deepEqual(plan.leftOut, ["奖助金额（万元）单位不同，未绘出"]);
});

test("percentages summing to 100 per row → 100% stacked bars", () => {
  const table = makeTable(
    ["学校", "满意（%）", "一般（%）", "不满意（%）"],
    [
      ["甲校", "90.5", "8.5", "1.0"],
      ["乙校", "88", "10", "2"],
    ],
  );
  const plan = decideChart(table);
  assert.equal(plan.kind, "stacked-100");
  assert.ok(plan.kind !== null);
  assert.deepEqual([...new Set(plan.data.map((d) => d.series))], ["满意", "一般", "不满意"]);
});

test("percentages summing to 100 per column (比例（%） under a group header) → 100% stacked bars", () => {
  const table = makeTable(
    ["分类", "课堂/数量（人）", "课堂/比例（%）", "专业课/数量（人）", "专业课/比例（%）"],
    [
      ["满意", "453", "92．1", "462", "93.9"],
      ["一般", "35", "7．1", "28", "5.7"],
      ["不满意", "4", "0.8", "2", "0.4"],
    ],
  );
  const plan = decideChart(table);
  assert.equal(plan.kind, "stacked-100");
  assert.ok(plan.kind !== null);
  assert.deepEqual([...new Set(plan.data.map((d) => d.label))], ["课堂", "专业课"]);
  assert.match(plan.leftOut.join(), /非百分比列/);
});

test("a list table with a repeating category column → counts per category", () => {
  const rows = ["文化艺术大类", "医药卫生大类", "文化艺术大类", "旅游大类", "医药卫生大类", "旅游大类", "旅游大类"].map(
    (c, i) => [String(i + 1), i % 2 ? "" : "某学校", c, `专业${i}`, `75020${i}`, "3"],
  );
  const table = makeTable(["序号", "学校名称", "专业大类", "专业名称", "专业代码", "学制"], rows);
  const plan = decideChart(table);
  assert.equal(plan.kind, "counts");
  assert.ok(plan.kind !== null);
  assert.deepEqual(
    plan.data.map((d) => `${d.label}=${d.value}`),
    ["文化艺术大类=2", "医药卫生大类=2", "旅游大类=3"],
  );
});

test("no chart, with a reason: no body, one row of mixed units, a key/value row, a name list", () => {
  const cases: [string, ReturnType<typeof makeTable>, RegExp][] = [
    ["no body", makeTable(["a"], []), /no body/],
    [
      "mixed units",
      makeTable(["项目", "减免（人）", "减免学费总额（元）"], [["数据", "232", "316700"]]),
      /mixed units/,
    ],
    ["key/value", makeTable(["专任教师数", "双师型教师数"], [["637", "231"]]), /single data row/],
    [
      "name list",
      makeTable(
        ["姓名", "学校", "奖项"],
        [
          ["张三", "甲校", "一等奖"],
          ["李四", "乙校", ""],
        ],
      ),
      /no numeric column/,
    ],
    [
      "two categories",
      makeTable(
        ["学校", "人数"],
        [
          ["甲", "1"],
          ["乙", "2"],
        ],
      ),
      /only 2 categories/,
    ],
  ];
  for (const [name, table, reason] of cases) {
    const decision = decideChart(table);
    assert.equal(decision.kind, null, name);
    assert.match(decision.reason, reason, name);
    assert.equal(chartKind(table), null, name);
  }
});

test("a column that holds the others in every row is the whole: drawn alone, its parts said to be left out", () => {
  const table = makeTable(
    ["指标名称", "专任教师", "公共基础课教师", "专业课教师"],
    [
      ["女", "255", "90", "83"],
      ["副高级", "135", "50", "34"],
      ["中级", "125", "45", "48"],
    ],
  );
  const plan = decideChart(table);
  assert.equal(plan.kind, "bars");
  assert.ok(plan.kind !== null);
  assert.deepEqual(
    plan.data.map((d) => `${d.label}=${d.value}`),
    ["女=255", "副高级=135", "中级=125"],
  );
  assert.deepEqual(plan.leftOut, ["分项列（公共基础课教师、专业课教师）未绘出，只绘专任教师列"]);
  // Two columns where one is larger (计划 ≥ 实际) are not a whole and its part.
  const two = makeTable(
    ["专业", "计划", "实际"],
    [
      ["甲", "50", "48"],
      ["乙", "40", "39"],
      ["丙", "30", "28"],
    ],
  );
  assert.equal(decideChart(two).kind, "grouped-bars");
});

test("a lone 女 row under a total is the total's part, not a category; 男 and 女 together are categories", () => {
  const grades = makeTable(
    ["指标名称", "专任教师"],
    [
      ["总计", "313"],
      ["女", "255"],
      ["副高级", "135"],
      ["中级", "125"],
      ["初级", "51"],
    ],
  );
  const plan = decideChart(grades);
  assert.ok(plan.kind !== null);
  assert.deepEqual(
    plan.data.map((d) => d.label),
    ["副高级", "中级", "初级"],
  );
  assert.deepEqual(plan.leftOut, ["总计行（合计或变化）未绘出", "女行（总计的其中项）未绘出"]);
  const sexes = makeTable(
    ["性别", "人数"],
    [
      ["合计", "300"],
      ["男", "120"],
      ["女", "180"],
      ["未填", "0"],
    ],
  );
  const both = decideChart(sexes);
  assert.ok(both.kind !== null);
  assert.deepEqual(both.data.map((d) => d.label).sort(), ["女", "未填", "男"].sort());
});

import assert from "node:assert/strict";
import { test } from "node:test";

import type { Indicator } from "../../../../src/model/index.ts";
import { compileSpec } from "../../../../src/render/charts/compile.ts";
import { decideChart } from "../../../../src/render/charts/decide.ts";
import { indicatorChartSpec } from "../../../../src/render/charts/indicator-spec.ts";
import { planSpec, reportIdOf, tableChartSpec } from "../../../../src/render/charts/spec.ts";
import { labelFormat, OKABE_ITO } from "../../../../src/render/charts/theme.ts";
import { corpus, report } from "../../../helpers/parsed-corpus.ts";
import { indicatorHref, indicatorsInput, tableInput } from "./fixtures.ts";
import { schemaErrors } from "./helpers.ts";

/** Every chart spec of the bundled reports. */
async function allSpecs() {
  const specs = [];
  for (const r of (await corpus()).reports) {
    for (const table of r.tables) {
      const plan = decideChart(table);
      if (plan.kind !== null) specs.push({ name: `${r.id} 表${table.number}`, spec: planSpec(plan, table, r.id) });
    }
  }
  return specs;
}

function indicator(year: number, value: number, school: string | null): Indicator {
  return {
    id: `ind-${year}-${school ?? "region"}`,
    report: "test-report",
    metric: "enrolment",
    label: "招生人数",
    year,
    period: null,
    value,
    unit: "人",
    ratio: null,
    text: String(value),
    scope: { kind: school ? "school" : "region", name: school, school: null },
    qualifier: null,
    source: { report: "test-report", line: 30 + year - 2020, table: "tbl-1-1", row: year - 2020, column: "招生人数" },
  };
}

test("every spec compiles with vega-lite without a warning and is valid against its JSON Schema", async () => {
  const specs = await allSpecs();
  assert.ok(specs.length >= 15, `${specs.length} specs`);
  const indicators = [indicator(2020, 277, null), indicator(2021, 195, null), indicator(2021, 80, "甲校")];
  specs.push({
    name: "indicators",
    spec: indicatorChartSpec(indicators, (i) => `/reports/${i.report}/#l${i.source.line}`),
  });
  for (const { name, spec } of specs) {
    const { messages } = compileSpec(spec);
    assert.deepEqual(messages, { warnings: [], errors: [] }, name);
    assert.deepEqual(schemaErrors(spec), [], name);
  }
});

test("the schema check fails a bad spec and names the paths", () => {
  const bad = {
    data: { values: [{ a: 1 }] },
    mark: "column",
    width: "wide",
    encoding: { x: { field: "a", type: "quantitative" }, hue: { field: "a" } },
  };
  const errors = schemaErrors(bad);
  assert.deepEqual(errors, [
    "/encoding must NOT have additional properties: hue",
    '/mark must be "boxplot", "errorbar", "errorband", object, "arc", "area", "bar", "image", "line", "point", ' +
      '"rect", "rule", "text", "tick", "trail", "circle", "square" or "geoshape"',
    '/width must be number, "container" or object',
  ]);
  const nested = schemaErrors({ ...bad, mark: "bar", width: 300, config: { axis: { labelAngel: 0 } } });
  assert.ok(nested.includes("/config/axis must NOT have additional properties: labelAngel"), nested.join("\n"));
});

test("specs carry title, description, source, zh-CN locale, Okabe–Ito colours and upright labels", () => {
  // Three schools over two years of one unit: comparable rows, the grouped-bars case.
  const table = tableInput("chart-grouped-bars-years");
  const spec = tableChartSpec(table, "grouped-bars", "test-report") as unknown as Record<string, unknown> & {
    config: Record<string, unknown>;
  };
  assert.equal(spec.title, "表3-1 三所学校的招生人数");
  assert.deepEqual(spec.usermeta, {
    source: { report: "test-report", table: table.id, line: table.line },
    kind: "grouped-bars",
    reason: "2 year columns (2021年, 2022年) compared",
  });
  assert.match(String(spec.description), /^分组柱状图/);
  assert.match(String(spec.description), /6 个数据点/);
  assert.match(String(spec.description), /最大值：乙校 2021年 873/);
  assert.deepEqual((spec.config.locale as { number: { thousands: string } }).number.thousands, ",");
  assert.deepEqual((spec.config.range as { category: string[] }).category, OKABE_ITO);
  assert.throws(() => tableChartSpec(table, "lines"), /is grouped-bars/);
});

test("panels spec of a table: one panel per measure, its values, source and what was left out", async () => {
  const table = (await report("002")).tables.find((t) => t.number === "1");
  assert.ok(table);
  const spec = tableChartSpec(table, "panels") as unknown as Record<string, unknown> & {
    config: Record<string, unknown>;
    concat: { title: { text: string } }[];
  };
  assert.deepEqual((spec.title as { text: string }).text, "表1 朝阳区职业高中办学规模结构表");
  assert.deepEqual(spec.usermeta, {
    source: { report: "chaoyang-zhongzhi-2022", table: "tbl-1", line: 29 },
    kind: "panels",
    reason: "2 years in the 年份 column, one panel per measure",
    leftOut: ["增量行（合计或变化）未绘出"],
  });
  assert.deepEqual(
    spec.concat.map((p) => p.title.text),
    ["招生规模", "毕业生规模", "培训规模"],
  );
  assert.match(String(spec.description), /共 6 个数据点/);
  assert.match(String(spec.description), /培训规模（人）：2019-2020年 10787，2020-2021年 68909/);
  assert.match(String(spec.description), /增量行（合计或变化）未绘出/);
  assert.deepEqual((spec.config.range as { category: string[] }).category, OKABE_ITO);
  assert.throws(() => tableChartSpec(table, "grouped-bars"), /is panels/);
  assert.equal(reportIdOf(table), "chaoyang-zhongzhi-2022");
});

test("indicator spec: one series per scope, an href and the source on every point", () => {
  const spec = indicatorChartSpec(indicatorsInput("chart-indicator-series"), indicatorHref);
  const values = (spec.data as { values: Record<string, unknown>[] }).values;
  assert.deepEqual(
    values.map((v) => `${v.series} ${v.year} ${v.value} ${v.href}`),
    [
      "全区 2020 277 /reports/test-report/#l30",
      "全区 2021 195 /reports/test-report/#l31",
      "甲校 2021 80 /reports/test-report/#l31",
    ],
  );
  assert.equal(values[0]?.source, "test-report 第 30 行（tbl-1-1）");
  assert.match(String(spec.description), /2 个范围（全区、甲校），2 个年份，共 3 个数据点/);
});

test("indicator spec: with the site's scopes a scope keeps its colour on every chart; the legend lists this chart's", () => {
  const indicators = [indicator(2020, 277, null), indicator(2021, 80, "甲校")];
  const url = (i: Indicator) => `/reports/${i.report}/#l${i.source.line}`;
  const spec = indicatorChartSpec(indicators, url, { name: "招生人数", scopes: ["乙区", "全区", "甲校"] });
  const color = (
    spec as unknown as { encoding: { color: { scale: { domain?: string[] }; legend: { values: string[] } } } }
  ).encoding.color;
  assert.deepEqual(color.scale.domain, ["乙区", "全区", "甲校"]);
  assert.deepEqual(color.legend.values, ["全区", "甲校"]);
  assert.equal(spec.title, "招生人数（人）");
  // A scope missing from the list: colours by this chart's own order rather than a wrong shared one.
  const partial = indicatorChartSpec(indicators, url, { scopes: ["全区"] });
  assert.equal(JSON.stringify(partial).includes('"domain"'), false);
});

test("indicator spec: a table's value carries the line when prose gives another for the same scope and year", () => {
  const table = indicator(2021, 4261, null);
  const prose = { ...indicator(2021, 4300, null), id: "ind-prose", source: { ...table.source, table: null, line: 5 } };
  const spec = indicatorChartSpec([indicator(2020, 4799, null), prose, table], (i) => `/r/#l${i.source.line}`);
  const values = (spec.data as { values: { value: number; onLine: boolean }[] }).values;
  assert.deepEqual(
    values.map((v) => `${v.value} ${v.onLine}`),
    ["4799 true", "4261 true", "4300 false"],
  );
  assert.match(JSON.stringify(spec), /"filter":"datum.onLine"/);
  // The same figure again from prose is drawn once.
  const same = { ...table, id: "ind-same", source: { ...table.source, table: null, line: 7 } };
  const once = indicatorChartSpec([table, same], (i) => `/r/#l${i.source.line}`);
  assert.equal((once.data as { values: unknown[] }).values.length, 1);
});

test("value labels: the decimals the report prints, read from values printed in the plotted unit", () => {
  assert.equal(
    labelFormat([
      { text: "4799", value: 4799 },
      { text: "0.43万人", value: 4300 },
    ]),
    ",d",
  );
  assert.equal(
    labelFormat([
      { text: "92.38", value: 92.38 },
      { text: "90.3", value: 90.3 },
    ]),
    ",.2f",
  );
  assert.equal(labelFormat([{ text: "2.57万人", value: 25700 }]), ",d");
  assert.equal(
    labelFormat([
      { text: "约1.5", value: 1.5 },
      { text: "2", value: 2 },
    ]),
    ",.1f",
  );
});

test("values printed with a footnote mark are named under the chart, to be read with the footnote", async () => {
  const table = (await report("003")).tables.find((t) => t.number === "3-6");
  assert.ok(table);
  const plan = decideChart(table);
  assert.ok(plan.kind !== null);
  const usermeta = planSpec(plan, table, "beijing-gaozhi-2020").usermeta as { leftOut?: string[] };
  assert.deepEqual(usermeta.leftOut, ["带脚注标记的数值（9009⁶）须对照原文脚注阅读"]);
});

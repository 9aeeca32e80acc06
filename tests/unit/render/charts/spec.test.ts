import assert from "node:assert/strict";
import { test } from "node:test";

import { compileSpec } from "../../../../src/render/charts/compile.ts";
import { decideChart } from "../../../../src/render/charts/decide.ts";
import { indicatorChartSpec } from "../../../../src/render/charts/indicator-spec.ts";
import { planSpec, reportIdOf, tableChartSpec } from "../../../../src/render/charts/spec.ts";
import { labelFormat, OKABE_ITO } from "../../../../src/render/charts/theme.ts";
import { corpus, report } from "../../../helpers/parsed-corpus.ts";
import { tableInput } from "./fixtures.ts";
import { makeIndicator, schemaErrors } from "./helpers.ts";

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

test("every spec compiles with vega-lite without a warning and is valid against its JSON Schema", async () => {
  const specs = await allSpecs();
  assert.ok(specs.length >= 15, `${specs.length} specs`);
  const indicators = [makeIndicator(2020, 277, null), makeIndicator(2021, 195, null), makeIndicator(2021, 80, "甲校")];
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

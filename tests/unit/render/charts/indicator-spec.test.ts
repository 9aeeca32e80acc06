import assert from "node:assert/strict";
import { test } from "node:test";

import type { Indicator } from "../../../../src/model/index.ts";
import { indicatorChartSpec } from "../../../../src/render/charts/indicator-spec.ts";
import { renderSvg } from "../../../../src/render/charts/svg.ts";
import { indicatorHref, indicatorsInput } from "./fixtures.ts";
import { makeIndicator } from "./helpers.ts";

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
  // Cited as a reader would: line, the table by its printed number, the report (its id when no title is given).
  assert.equal(values[0]?.source, "第 30 行，表1-1（test-report）");
  assert.match(String(spec.description), /2 个范围（全区、甲校），2 个年份，共 3 个数据点/);
});

test("indicator spec: with the site's scopes a scope keeps its colour on every chart; the legend lists this chart's", () => {
  const indicators = [makeIndicator(2020, 277, null), makeIndicator(2021, 80, "甲校")];
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
  const table = makeIndicator(2021, 4261, null);
  const prose = {
    ...makeIndicator(2021, 4300, null),
    id: "ind-prose",
    source: { ...table.source, table: null, line: 5 },
  };
  const spec = indicatorChartSpec([makeIndicator(2020, 4799, null), prose, table], (i) => `/r/#l${i.source.line}`);
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

test("indicator spec: a point's description (the page's tooltip) is in Chinese, with its source and no link", async () => {
  const spec = indicatorChartSpec(indicatorsInput("chart-indicator-series"), indicatorHref, {
    sourceText: (i) => `第 ${i.source.line} 行，表1-1（某区中职质量年报 2021）`,
  });
  const labels = [...(await renderSvg(spec)).matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] ?? "");
  const points = labels.filter((l) => l.startsWith("范围"));
  assert.deepEqual(points, [
    "范围: 全区; 年份: 2020年; 数值（人）: 277; 来源: 第 30 行，表1-1（某区中职质量年报 2021）",
    "范围: 全区; 年份: 2021年; 数值（人）: 195; 来源: 第 31 行，表1-1（某区中职质量年报 2021）",
    "范围: 甲校; 年份: 2021年; 数值（人）: 80; 来源: 第 31 行，表1-1（某区中职质量年报 2021）",
  ]);
  assert.ok(!labels.some((l) => /\b(when|value|series|href):/.test(l)), labels.join("\n"));
});

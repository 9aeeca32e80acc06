import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { rawLinesByFile } from "../../../../src/link/entities/from-inputs.ts";
import { buildEntities } from "../../../../src/link/entities/index.ts";
import type { Indicator, IndicatorVocabulary } from "../../../../src/model/index.ts";
import { readInputs } from "../../../../src/pipeline/inputs.ts";
import { isSchoolYear } from "../../../../src/render/charts/indicator-values.ts";
import { type PanelContext, panelData } from "../../../../src/site/charts/panels.ts";
import { seriesCharts } from "../../../../src/site/charts/series.ts";
import { corpus, REPORTS_DIR } from "../../../helpers/parsed-corpus.ts";

const vocabulary: IndicatorVocabulary = {
  headline: [],
  metrics: {
    schools: {
      name: "学校数",
      description: "schools",
      group: "structure",
      kind: "count",
      units: ["所"],
      labels: ["学校数"],
    },
    enrollment: {
      name: "招生人数",
      description: "enrollment",
      group: "scale",
      kind: "count",
      units: ["人", "万人"],
      labels: ["招生人数", "招生"],
    },
    employmentRate: {
      name: "就业率",
      description: "employment",
      group: "quality",
      kind: "share",
      units: ["%"],
      labels: ["就业率"],
    },
  },
};

let line = 10;
function fact(metric: string, year: number, value: number, more: Partial<Indicator> = {}): Indicator {
  line += 1;
  const unit = more.unit ?? (metric === "employmentRate" ? "%" : metric === "schools" ? "所" : "人");
  return {
    id: `ind-${line}`,
    report: "r-2022",
    metric,
    label: metric,
    year,
    period: null,
    value,
    unit,
    ratio: null,
    text: `${value}${unit}`,
    scope: { kind: "region", name: "东城区", school: null },
    qualifier: null,
    confidence: "certain",
    sentence: null,
    source: { report: "r-2022", line, table: null, row: null, column: null },
    ...more,
  };
}

const ctx: PanelContext = {
  vocabulary,
  seriesOf: (i) => i.scope.name ?? "全区",
  reportYear: (id) => Number(id.slice(-4)),
  sourceUrl: (i) => `/reports/${i.report}/#l${i.source.line}`,
  sourceText: (i) => `第 ${i.source.line} 行（${i.report}）`,
};

const rows = (facts: Indicator[]) =>
  panelData(facts, ctx).map(
    (d) => `${d.panel}（${d.unit}） ${d.year} ${d.value} ${d.onLine ? "line" : "point"} ${d.href}`,
  );

test("a metric is drawn when a series has two years or more; one year alone is not a chart", () => {
  const drawn = rows([fact("enrollment", 2021, 195), fact("enrollment", 2020, 277), fact("schools", 2022, 4)]);
  assert.deepEqual(drawn, [
    "招生人数（人） 2020 277 line /reports/r-2022/#l12",
    "招生人数（人） 2021 195 line /reports/r-2022/#l11",
  ]);
  assert.deepEqual(rows([fact("schools", 2022, 4), fact("employmentRate", 2022, 98)]), []);
});

test("parts, ratios, periods and undated figures are not drawn", () => {
  const facts = [
    fact("enrollment", 2020, 277),
    fact("enrollment", 2021, 100, { qualifier: "民办" }),
    fact("enrollment", 2022, 5, { ratio: [1, 5] }),
    fact("enrollment", 2023, 50, { period: "2019–2023" }),
    fact("enrollment", 2024, 60, { year: null }),
  ];
  assert.deepEqual(rows(facts), []);
});

test("万人 and 人 share one axis; panels follow the vocabulary's order", () => {
  const facts = [
    fact("employmentRate", 2020, 90.2),
    fact("employmentRate", 2021, 92.4),
    fact("enrollment", 2020, 2.57, { unit: "万人", text: "2.57万人" }),
    fact("enrollment", 2021, 25_900),
  ];
  const data = panelData(facts, ctx);
  assert.deepEqual(
    data.map((d) => `${d.panel}（${d.unit}） ${d.value} ${d.text}`),
    [
      "招生人数（人） 25700 2.57万人",
      "招生人数（人） 25900 25900人",
      "就业率（%） 90.2 90.2%",
      "就业率（%） 92.4 92.4%",
    ],
  );
});

test("a second value for one series and year is a point off the line; a table's value is on the line", () => {
  const prose = fact("enrollment", 2021, 4300);
  const table = fact("enrollment", 2021, 4261, { source: { ...prose.source, line: 99, table: "tbl-2-1" } });
  const data = panelData([prose, fact("enrollment", 2020, 4799), table], ctx);
  assert.deepEqual(
    data.map((d) => `${d.year} ${d.value} ${d.onLine}`),
    ["2020 4799 true", "2021 4261 true", "2021 4300 false"],
  );
  // The same value again (a table restating the prose) is drawn once.
  const again = fact("enrollment", 2021, 4261);
  assert.equal(panelData([fact("enrollment", 2020, 4799), table, again], ctx).length, 2);
});

test("series are kept apart: each needs its own two years", () => {
  const school = { kind: "school" as const, name: "甲校", school: "jia" };
  const facts = [fact("enrollment", 2020, 277), fact("enrollment", 2021, 80, { scope: school })];
  assert.deepEqual(rows(facts), []);
  const both = [...facts, fact("enrollment", 2021, 195)];
  assert.deepEqual(
    panelData(both, ctx).map((d) => `${d.series} ${d.year}`),
    ["东城区 2020", "东城区 2021", "甲校 2021"],
  );
});

test("the bundled reports: which pages get a chart of their own figures, what it holds, and the cache", async () => {
  const records = await corpus();
  const raw = rawLinesByFile(await readInputs(REPORTS_DIR));
  const { indicators } = buildEntities(records.reports, (r) => raw.get(r.source.file) ?? null);
  const cache = mkdtempSync(join(tmpdir(), "series-charts-"));
  try {
    const first = await seriesCharts(records.reports, indicators, cache);
    // 北京中职 2024 gives each figure for one year only: its overview has no chart (its table lists them).
    assert.deepEqual(first.charted, [
      "/reports/chaoyang-zhongzhi-2022/",
      "/reports/beijing-gaozhi-2020/",
      "/reports/dongcheng-zhongzhi-2023/",
      "/regions/beijing/",
      "/regions/chaoyang/",
      "/regions/dongcheng/",
    ]);
    const csv = first.files.find((f) => f.path === "reports/dongcheng-zhongzhi-2023/overview.csv")?.content ?? "";
    // 东城 2023: enrollment 277 → 195 → 253 (2020–2022), read at 第 N 行 of the report.
    assert.deepEqual(
      csv
        .split("\r\n")
        .filter((l) => l.startsWith("招生人数"))
        .map((l) => l.split(",").slice(0, 5).join(",")),
      ["招生人数,人,2020,东城区,277", "招生人数,人,2021,东城区,195", "招生人数,人,2022,东城区,253"],
    );
    // The region of Beijing has a 中职 and a 高职 report: two lines, named by level.
    const beijing = first.files.find((f) => f.path === "regions/beijing/indicators.vl.json")?.content ?? "";
    assert.match(beijing, /"series": "北京市（高职）"/);
    // A point cites its source by line, table number and report title, never by record ids.
    assert.match(beijing, /"source": "第 \d+ 行，表2-2（北京高等职业教育质量年度报告 2020）"/);
    assert.doesNotMatch(beijing, /"source": "[^"]*(beijing-|tbl-)/);
    const second = await seriesCharts(records.reports, indicators, cache);
    assert.deepEqual(second.files, first.files, "a rebuild gives the same bytes (from the cache)");
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test("a table's school year (2019-2020) is drawn under its printed name; a period in prose is a sum and is not", () => {
  const row = (line: number) => ({ report: "r-2022", line, table: "tbl-1", row: 0, column: "招生" });
  const facts = [
    fact("enrollment", 2020, 430, { period: "2019-2020", source: row(32) }),
    fact("enrollment", 2021, 655, { period: "2020-2021", source: row(33) }),
    fact("enrollment", 2021, 1653, { year: null, period: "2020–2021" }),
  ];
  assert.deepEqual(
    panelData(facts, ctx).map((d) => `${d.year}=${d.value}`),
    ["2019-2020=430", "2020-2021=655"],
  );
  assert.equal(isSchoolYear({ year: 2021, period: "2019-2021", source: row(1) }), false, "two years apart");
  assert.equal(isSchoolYear({ year: 2020, period: "2019-2020", source: { ...row(1), table: null } }), false);
});

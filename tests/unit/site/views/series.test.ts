import assert from "node:assert/strict";
import { test } from "node:test";

import type { ReportSummary } from "../../../../src/model/index.ts";
import { summarize } from "../../../../src/site/data/site-index.ts";
import { reportSeries, seriesKey, seriesPlaces } from "../../../../src/site/views/series.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const base = summarize(fixtureReport());
const summary = (
  id: string,
  region: string | null,
  level: ReportSummary["schoolLevel"],
  year: number | null,
): ReportSummary => ({ ...base, id, url: `/reports/${id}/`, region, schoolLevel: level, reportYear: year });

test("a series is one region and school level; unknown region, level or year: no series", () => {
  assert.equal(seriesKey(summary("a", "东城区", "secondary", 2023)), "dongcheng-secondary");
  assert.equal(seriesKey(summary("a", "东城区", "higher", 2023)), "dongcheng-higher");
  assert.equal(seriesKey(summary("a", null, "secondary", 2023)), null);
  assert.equal(seriesKey(summary("a", "东城区", null, 2023)), null);
  assert.equal(seriesKey(summary("a", "东城区", "secondary", null)), null);
});

test("series are ordered oldest first whatever the input order, and each report knows its neighbours", () => {
  const reports = [
    summary("dongcheng-zhongzhi-2024", "东城区", "secondary", 2024),
    summary("beijing-gaozhi-2020", "北京市", "higher", 2020),
    summary("dongcheng-zhongzhi-2022", "东城区", "secondary", 2022),
    summary("dongcheng-zhongzhi-2023", "东城区", "secondary", 2023),
    summary("nowhere", null, "secondary", 2023),
  ];
  const series = reportSeries(reports);
  assert.deepEqual(
    series.map((s) => [s.key, s.label, s.reports.map((r) => r.id)]),
    [
      ["beijing-higher", "北京市 · 高职", ["beijing-gaozhi-2020"]],
      [
        "dongcheng-secondary",
        "东城区 · 中职",
        ["dongcheng-zhongzhi-2022", "dongcheng-zhongzhi-2023", "dongcheng-zhongzhi-2024"],
      ],
    ],
  );
  const places = seriesPlaces(series);
  const middle = places.get("dongcheng-zhongzhi-2023");
  assert.equal(middle?.previous?.id, "dongcheng-zhongzhi-2022");
  assert.equal(middle?.next?.id, "dongcheng-zhongzhi-2024");
  assert.equal(places.get("dongcheng-zhongzhi-2022")?.previous, null);
  assert.equal(places.get("beijing-gaozhi-2020")?.next, null);
  assert.equal(places.has("nowhere"), false);
  // Same result for another input order: the order comes from the years, not from file order.
  assert.deepEqual(reportSeries([...reports].reverse()), series);
});

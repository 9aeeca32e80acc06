import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReportSummary } from "../../../src/model/index.ts";
import { recentCases } from "../../../src/site/case-library.ts";
import type { CaseEntry } from "../../../src/site/case-view.ts";
import { citation, datasetFiles } from "../../../src/site/dataset.ts";
import { regionGroups, regionUrl, reportYears } from "../../../src/site/regions.ts";
import { summarize } from "../../../src/site/summary.ts";
import { fixtureReport } from "../../fixtures/site/records.ts";

const base = summarize(fixtureReport());
const summary = (id: string, region: string | null, year: number | null, level: ReportSummary["regionLevel"]) => ({
  ...base,
  id,
  url: `/reports/${id}/`,
  region,
  reportYear: year,
  regionLevel: level,
});

test("region URLs use the report ids' region slug (data/regions.yaml first)", () => {
  assert.equal(regionUrl("朝阳区"), "/regions/chaoyang/");
  assert.equal(regionUrl("北京市"), "/regions/beijing/");
  assert.equal(regionUrl(null), null);
});

test("regions: larger first, then by slug; reports newest first; no region, no group", () => {
  const groups = regionGroups([
    summary("dongcheng-zhongzhi-2023", "东城区", 2023, "district"),
    summary("beijing-gaozhi-2020", "北京市", 2020, "municipality"),
    summary("chaoyang-zhongzhi-2022", "朝阳区", 2022, "district"),
    summary("beijing-zhongzhi-2024", "北京市", 2024, "municipality"),
    summary("file-x", null, null, null),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.slug, g.name, g.url, g.reports.map((r) => r.id)]),
    [
      ["beijing", "北京市", "/regions/beijing/", ["beijing-zhongzhi-2024", "beijing-gaozhi-2020"]],
      ["chaoyang", "朝阳区", "/regions/chaoyang/", ["chaoyang-zhongzhi-2022"]],
      ["dongcheng", "东城区", "/regions/dongcheng/", ["dongcheng-zhongzhi-2023"]],
    ],
  );
  assert.deepEqual(reportYears([summary("a", "x", 2024, null), summary("b", "y", 2020, null)]), [2020, 2024]);
});

test("recent cases: the latest report year's first cases, in the order given", () => {
  const entry = (report: string, year: number, n: number) =>
    ({ report: { id: report, reportYear: year }, case: { id: `case-${n}` } }) as unknown as CaseEntry;
  const entries = [entry("a", 2022, 1), entry("b", 2024, 1), entry("b", 2024, 2), entry("c", 2024, 1)];
  assert.deepEqual(
    recentCases(entries, 2).map((e) => `${e.report.id}/${e.case.id}`),
    ["b/case-1", "b/case-2"],
  );
  assert.deepEqual(recentCases([], 3), []);
});

test("dataset files: index.json first, then the other top-level files; schemas apart; per-report JSON left out", () => {
  const { dataset, schemas } = datasetFiles([
    "/data/index.json",
    "/data/reports/x.json",
    "/data/schema/index.schema.json",
    "/data/schema/report.schema.json",
    "/data/indicators.csv",
    "/data/schools.json",
  ]);
  assert.deepEqual(
    dataset.map((f) => f.name),
    ["index.json", "indicators.csv", "schools.json"],
  );
  assert.match(dataset[0]?.description ?? "", /报告索引/);
  assert.deepEqual(
    schemas.map((f) => [f.name, f.description]),
    [
      ["index.schema.json", "index.json 的 JSON Schema（字段、类型与说明）"],
      ["report.schema.json", "report.json 的 JSON Schema（字段、类型与说明）"],
    ],
  );
});

test("a citation names publisher, title, year, page, generator and the source's SHA-256", () => {
  const report = fixtureReport();
  const text = citation(report, "zhijiao-nianbao 0.1.0");
  assert.ok(text.startsWith(`${report.publisher ?? report.region}. ${report.title}[R]. `), text);
  assert.match(
    text,
    /数据由 zhijiao-nianbao 0\.1\.0 自动提取，网址 \/reports\/fixture-district-2024\/，源文本 SHA-256 [0-9a-f]{64}\.$/,
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { citation, datasetFiles } from "../../../../src/site/views/downloads.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

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

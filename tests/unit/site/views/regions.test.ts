import assert from "node:assert/strict";
import { test } from "node:test";

import type { ReportSummary } from "../../../../src/model/index.ts";
import { summarize } from "../../../../src/site/data/site-index.ts";
import { regionGroups, regionUrl, reportYears } from "../../../../src/site/views/regions.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

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

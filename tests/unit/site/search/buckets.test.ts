import assert from "node:assert/strict";
import { test } from "node:test";

import { groupByBucket, OTHER_BUCKETS, REPORT_BUCKETS, searchBucket } from "../../../../src/site/search/buckets.ts";

test("a report's pages share one bucket; other pages spread over the other buckets", () => {
  const id = "beijing-zhongzhi-2024";
  const own = [`/reports/${id}/`, `/reports/${id}/tables/1-2/`, `/reports/${id}/cases/3/`, `/reports/${id}/quality/`];
  assert.equal(new Set(own.map((u) => searchBucket(u))).size, 1);
  assert.match(searchBucket(own[0] ?? ""), /^r[0-9a-f]$/);
  const others = Array.from({ length: 200 }, (_, i) => `/schools/school-${i}/`).map((u) => searchBucket(u));
  assert.equal(new Set(others).size, OTHER_BUCKETS, "200 pages fill every other bucket");
  for (const b of others) assert.match(b, /^e[0-3]$/);
  const reports = new Set(Array.from({ length: 400 }, (_, i) => searchBucket(`/reports/r-${i}/`)));
  assert.equal(reports.size, REPORT_BUCKETS, "400 reports fill every report bucket");
});

test("a page's bucket does not depend on the other pages: grouping keeps each page where it was", () => {
  const pages = ["/schools/a/", "/reports/x-1/", "/reports/x-1/tables/1/", "/specialties/b/", "/reports/y-2/"].map(
    (url) => ({ url }),
  );
  const grouped = groupByBucket(pages);
  const names = grouped.map(([b]) => b);
  assert.deepEqual(names, [...names].sort(), "buckets in name order");
  for (const [bucket, members] of grouped) for (const p of members) assert.equal(searchBucket(p.url), bucket);
  const alone = groupByBucket(pages.slice(0, 2));
  for (const [bucket, members] of alone) for (const p of members) assert.equal(searchBucket(p.url), bucket);
});

test("a site that is not bucketed has one bundle, whatever the page", () => {
  for (const url of ["/reports/x-1/", "/reports/x-1/tables/1/", "/schools/a/", "/"]) {
    assert.equal(searchBucket(url, false), "all");
  }
  assert.deepEqual(
    groupByBucket([{ url: "/reports/x-1/" }, { url: "/schools/a/" }], false).map(([b, pages]) => [b, pages.length]),
    [["all", 2]],
  );
});

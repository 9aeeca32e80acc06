import assert from "node:assert/strict";
import { test } from "node:test";

import { owns, parseShard, type SitePart, WHOLE_SITE } from "../../../src/site/part.ts";
import { REPORT_BUCKETS, reportBucket, searchBucket } from "../../../src/site/search/buckets.ts";

const shards = (count: number): SitePart[] =>
  Array.from({ length: count }, (_, i) => ({ kind: "shard", index: i + 1, count }) as const);
const MERGE: SitePart = { kind: "merge" };

/** Files of every kind the build writes: a report's pages, downloads and overview chart, its bundle, and the rest. */
const REPORT_FILES = (id: string) => [
  `/reports/${id}/index.html`,
  `/reports/${id}/tables/1-2/index.html`,
  `/reports/${id}/tables/1-2.csv`,
  `/reports/${id}/tables.xlsx`,
  `/reports/${id}.svg`,
  `/reports/${id}.vl.json`,
  `/pagefind/r${reportBucket(id).toString(16)}/pagefind-entry.json`,
];
const OTHER_FILES = [
  "/index.html",
  "/data/index.json",
  "/data/reports/beijing-zhongzhi-2024.json",
  "/schools/x/index.html",
  "/indicators/enrollment.svg",
  "/pagefind/e2/pagefind-entry.json",
  "/pagefind/index.json",
  "/404.html",
];
const IDS = ["beijing-zhongzhi-2024", "dongcheng-zhongzhi-2023", "chaoyang-zhongzhi-2022", "file-report", "a-b-1"];

test("every file has exactly one owner among the shards and the merge, for any shard count", () => {
  for (const count of [1, 2, 3, 5, REPORT_BUCKETS]) {
    const parts: SitePart[] = [...shards(count), MERGE];
    for (const url of [...IDS.flatMap(REPORT_FILES), ...OTHER_FILES]) {
      const owners = parts.filter((p: SitePart) => owns(p, url));
      assert.equal(owners.length, 1, `${url} with ${count} shards: ${owners.length} owners`);
    }
  }
});

test("a report's files and its search bundle belong to the same shard; the rest to the merge", () => {
  for (const id of IDS) {
    const [first, ...rest] = REPORT_FILES(id);
    const owner = shards(3).find((p) => owns(p, first ?? ""));
    assert.ok(owner, id);
    for (const url of rest) assert.ok(owns(owner, url), `${url} with ${first}`);
    assert.equal(searchBucket(first ?? ""), `r${reportBucket(id).toString(16)}`);
  }
  for (const url of OTHER_FILES) assert.ok(owns(MERGE, url), url);
  for (const url of [...IDS.flatMap(REPORT_FILES), ...OTHER_FILES]) assert.ok(owns(WHOLE_SITE, url));
});

test("--shard K/N is checked and says what it expects", () => {
  assert.deepEqual(parseShard("2/4"), { kind: "shard", index: 2, count: 4 });
  for (const bad of ["0/2", "3/2", "1/0", "1/17", "a/b", "1", ""]) {
    assert.throws(() => parseShard(bad), /expected K\/N with 1 ≤ K ≤ N ≤ 16, e\.g\. --shard 2\/4/, bad);
  }
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { recentCases } from "../../../../src/site/views/case-library.ts";
import type { CaseEntry } from "../../../../src/site/views/case-view.ts";

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

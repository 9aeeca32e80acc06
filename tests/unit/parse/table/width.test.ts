import assert from "node:assert/strict";
import { test } from "node:test";

import type { Sink } from "../../../../src/parse/table/draft.ts";
import { fitRow } from "../../../../src/parse/table/width.ts";

const sink = (): Sink => ({ number: "1", artefacts: [], findings: [] });

test("fitRow pads short rows and drops trailing empty cells silently", () => {
  const s = sink();
  assert.deepEqual(fitRow(["a", "b"], 3, 1, s), ["a", "b", ""]);
  assert.deepEqual(fitRow(["a", "b", "c", "", ""], 3, 1, s), ["a", "b", "c"]);
  assert.equal(s.findings.length, 0);
});

test("fitRow removes a spurious empty cell that shifted the row, and reports it", () => {
  const s = sink();
  assert.deepEqual(fitRow(["100", "", "学校", "专业", "2023", "通过", "C"], 6, 832, s), [
    "100",
    "学校",
    "专业",
    "2023",
    "通过",
    "C",
  ]);
  assert.equal(s.findings[0]?.ruleId, "table-row-width");
});

test("fitRow merges surplus text into the last cell when no empty cell is left", () => {
  assert.deepEqual(fitRow(["a", "b", "c", "d"], 3, 1, sink()), ["a", "b", "c d"]);
});

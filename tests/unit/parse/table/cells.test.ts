import assert from "node:assert/strict";
import { test } from "node:test";

import { isNumeric, padTo, withoutTrailingEmpty } from "../../../../src/parse/table/cells.ts";

test("isNumeric accepts printed numbers, percentages and dashes, not words", () => {
  for (const n of ["1552", "-383", "92．1", "96.5%", "3/4", "—", "——", "4,837.51", "9009⁶", "8.1:1"]) {
    assert.ok(isNumeric(n), n);
  }
  for (const w of ["C", "通过", "2024 年", ""]) assert.ok(!isNumeric(w), w);
});

test("withoutTrailingEmpty and padTo shape rows", () => {
  assert.deepEqual(withoutTrailingEmpty(["a", "", "b", "", ""]), ["a", "", "b"]);
  assert.deepEqual(padTo(["a"], 3), ["a", "", ""]);
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { byCodePoint } from "../../../src/lib/sort.ts";

test("code-point order, whatever the locale: upper case before lower, 中 before 北", () => {
  assert.deepEqual(["b", "B", "北", "中", "a"].sort(byCodePoint), ["B", "a", "b", "中", "北"]);
  assert.equal(byCodePoint("x", "x"), 0);
});

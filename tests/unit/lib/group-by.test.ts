import assert from "node:assert/strict";
import { test } from "node:test";

import { groupBy } from "../../../src/lib/group-by.ts";

test("groups keep the order of first appearance and each keeps the list's order", () => {
  const groups = groupBy(["b1", "a1", "b2", "c1", "a2"], (s) => s[0]);
  assert.deepEqual(
    [...groups],
    [
      ["b", ["b1", "b2"]],
      ["a", ["a1", "a2"]],
      ["c", ["c1"]],
    ],
  );
  assert.equal(groupBy([], (s: string) => s).size, 0);
});

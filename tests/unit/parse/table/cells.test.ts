import assert from "node:assert/strict";
import { test } from "node:test";
import { displayWidth, isNumeric, padTo, withoutTrailingEmpty } from "../../../../src/parse/table/text.ts";

test("displayWidth counts CJK and fullwidth characters as two columns", () => {
  assert.equal(displayWidth("序号"), 4);
  assert.equal(displayWidth("92．1"), 5);
  assert.equal(displayWidth("ab 1"), 4);
});

test("isNumeric accepts printed numbers, percentages and dashes, not words", () => {
  for (const n of ["1552", "-383", "92．1", "96.5%", "3/4", "—"]) assert.ok(isNumeric(n), n);
  for (const w of ["C", "通过", "2024 年", ""]) assert.ok(!isNumeric(w), w);
});

test("withoutTrailingEmpty and padTo shape rows", () => {
  assert.deepEqual(withoutTrailingEmpty(["a", "", "b", "", ""]), ["a", "", "b"]);
  assert.deepEqual(padTo(["a"], 3), ["a", "", ""]);
});

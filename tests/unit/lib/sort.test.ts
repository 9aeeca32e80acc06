import assert from "node:assert/strict";
import { test } from "node:test";

import { byCodePoint, byValue } from "../../../src/lib/sort.ts";

test("code-point order, whatever the locale: upper case before lower, 中 before 北", () => {
  assert.deepEqual(["b", "B", "北", "中", "a"].sort(byCodePoint), ["B", "a", "b", "中", "北"]);
  assert.equal(byCodePoint("x", "x"), 0);
});

test("characters beyond U+FFFF sort after U+E000–U+FFFF, as their code points say", () => {
  const astral = "\u{20000}"; // 𠀀, CJK Extension B
  assert.deepEqual(["\uFF01", astral, "\uE000"].sort(byCodePoint), ["\uE000", "\uFF01", astral]);
  assert.equal(byCodePoint("ab", "abc"), -1, "a prefix first");
});

test("byValue: numbers numerically, strings by code point", () => {
  assert.deepEqual([10, 9, 2024].sort(byValue), [9, 10, 2024]);
  assert.equal(byValue("b", "a"), 1);
});

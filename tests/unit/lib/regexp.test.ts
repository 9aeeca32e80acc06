import assert from "node:assert/strict";
import { test } from "node:test";

import { escapeRegExp, wordsPattern } from "../../../src/lib/regexp.ts";

test("escaped words match literally", () => {
  assert.ok(new RegExp(escapeRegExp("元/生(年)")).test("3000元/生(年)"));
  assert.ok(!new RegExp(escapeRegExp("a.b")).test("axb"));
});

test("word alternations put longer words first, so 职业学院 wins over 学院", () => {
  assert.equal(wordsPattern(["学院", "职业学院", "学院", "大学"]), "职业学院|大学|学院");
  assert.equal(new RegExp(wordsPattern(["学院", "职业学院"])).exec("北京职业学院")?.[0], "职业学院");
  assert.equal(wordsPattern([]), "");
});

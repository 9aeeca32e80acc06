import assert from "node:assert/strict";
import { test } from "node:test";

import { factorOf, MAX_CHANGE, scaleQuantity } from "../../../../src/pipeline/synthetic/quantity.ts";

test("the factor is fixed by seed and token, and within ±MAX_CHANGE", () => {
  assert.equal(factorOf(1, "253"), factorOf(1, "253"));
  const factors = Array.from({ length: 200 }, (_, i) => factorOf(i, "1,234"));
  assert.ok(factors.every((f) => Math.abs(f - 1) <= MAX_CHANGE));
  assert.ok(new Set(factors).size > 100, "different seeds give different factors");
});

test("a quantity keeps its printed form: digits, decimals, thousands commas", () => {
  assert.equal(scaleQuantity("1,234", 1.05, false), "1,296");
  assert.equal(scaleQuantity("92.38", 0.95, true), "87.76");
  assert.equal(scaleQuantity("1.8", 1.05, false), "1.9");
  assert.equal(scaleQuantity("25275813.78", 1.01, false), "25528571.92");
});

test("when the factor would change the width, the other direction is taken", () => {
  assert.equal(scaleQuantity("98", 1.05, false), "93");
  assert.equal(scaleQuantity("100", 0.95, false), "105");
});

test("a share of at most 100 stays at most 100", () => {
  assert.equal(scaleQuantity("99.5", 1.05, true), "94.5");
  assert.equal(scaleQuantity("100", 1.05, true), "100");
  assert.equal(scaleQuantity("100", 0.95, true), "100");
});

test("zero and codes with a leading zero stay as printed", () => {
  assert.equal(scaleQuantity("0", 1.05, false), "0");
  assert.equal(scaleQuantity("0.00", 1.05, false), "0.00");
  assert.equal(scaleQuantity("07", 1.05, false), "07");
});

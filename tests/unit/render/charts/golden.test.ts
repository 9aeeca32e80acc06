/**
 * Golden tests: tests/fixtures/chart-<quirk>/input.json → expected.vl.json, compared by
 * tests/helpers/golden.ts (a mismatch writes expected.vl-changed.json beside it and fails).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { expectGolden, fixtureNames, fixturePath } from "../../../helpers/golden.ts";
import { fixtureSpec } from "./fixtures.ts";
import { schemaErrors } from "./helpers.ts";

const names = fixtureNames("chart-");

test("there are chart goldens", () => assert.ok(names.length >= 9, names.join(" ")));

for (const name of names) {
  test(`golden ${name}`, () => expectGolden(fixtureSpec(name), fixturePath(name, "expected.vl.json")));

  test(`golden ${name}: the expected spec is valid against vega-lite's JSON Schema`, () => {
    const spec = JSON.parse(readFileSync(fixturePath(name, "expected.vl.json"), "utf8")) as object;
    assert.deepEqual(schemaErrors(spec), []);
  });
}

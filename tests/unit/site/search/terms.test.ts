import assert from "node:assert/strict";
import { test } from "node:test";

import { searchTerms } from "../../../../src/site/search/terms.ts";

test("searchTerms: names cut as the browser cuts a query, words once", () => {
  assert.equal(searchTerms(["北京市劲松职业高中", "劲松职高"]), "北京市 劲 松 职业 高中 职 高");
});

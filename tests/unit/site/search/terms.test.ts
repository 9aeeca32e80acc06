import assert from "node:assert/strict";
import { test } from "node:test";

import { searchTerms } from "../../../../src/site/search/terms.ts";

test("searchTerms: whole names, trimmed, each once, in order (Pagefind 1.6 segments them itself)", () => {
  assert.equal(
    searchTerms(["北京市劲松职业高中", " 劲松职高", "北京市劲松职业高中", ""]),
    "北京市劲松职业高中 劲松职高",
  );
});

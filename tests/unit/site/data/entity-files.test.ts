import assert from "node:assert/strict";
import { test } from "node:test";

import { csvCell, toCsv } from "../../../../src/site/data/entity-files.ts";

test("CSV: BOM, quoting, CRLF", () => {
  assert.equal(toCsv(["a"], [[`a,"b"`]]), `\uFEFFa\r\n"a,""b"""\r\n`);
  assert.equal(csvCell(["x", "y"]), "x; y");
  assert.equal(toCsv(["名称"], [["学校"]]), "\uFEFF名称\r\n学校\r\n");
});

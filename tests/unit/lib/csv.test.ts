import assert from "node:assert/strict";
import { test } from "node:test";

import { BOM, csvField, toCsv } from "../../../src/lib/csv.ts";

test("fields are quoted only when they must be, quotes doubled", () => {
  assert.equal(csvField("北京"), "北京");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('他说"好"'), '"他说""好"""');
  assert.equal(csvField("两\n行"), '"两\n行"');
  assert.equal(csvField("，全角逗号"), "，全角逗号");
});

test("records end in CRLF and the text starts with a BOM", () => {
  assert.equal(
    toCsv([
      ["a", "b"],
      ["1", ""],
    ]),
    `${BOM}a,b\r\n1,\r\n`,
  );
  assert.equal(toCsv([]), BOM);
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { rawLinesByFile } from "../../../../src/link/entities/from-inputs.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

test("entity lines are the lines the parser saw: invisible characters removed, line numbers kept", () => {
  const text = "标题\n北京市劲\u200B松职业高中开设专业\n\u3000\u3000第三行\n";
  const lines = rawLinesByFile([{ file: "a.txt", bytes: bytes(text) }]).get("a.txt");
  assert.ok(lines);
  assert.equal(lines.length, 3);
  assert.equal(lines[1], "北京市劲松职业高中开设专业", "a zero-width space must not split a school name");
  assert.ok(lines[2]?.endsWith("第三行"));
});

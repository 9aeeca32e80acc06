import assert from "node:assert/strict";
import { test } from "node:test";

import { syntheticReport } from "../../../../src/cli/bench/parse.ts";
import { inputFile } from "../../../helpers/corpus.ts";

test("syntheticReport repeats the decoded texts, each on new lines, up to at least the target size", () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("甲\n乙")]);
  const out = syntheticReport([inputFile("a.txt", bom), inputFile("empty.txt", "")], 10, "s.txt");
  assert.equal(out.file, "s.txt");
  assert.equal(new TextDecoder().decode(out.bytes), "甲\n乙\n甲\n乙\n");
});

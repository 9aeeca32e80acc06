import assert from "node:assert/strict";
import { test } from "node:test";

import { runBench } from "../../../src/cli/bench/index.ts";
import { median } from "../../../src/cli/bench/measure.ts";
import { syntheticReport } from "../../../src/cli/bench/parse.ts";
import { corpusDir, inputFile } from "../../helpers/corpus.ts";

test("median of odd and even lists", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test("syntheticReport repeats the decoded texts, each on new lines, up to at least the target size", () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("甲\n乙")]);
  const out = syntheticReport([inputFile("a.txt", bom), inputFile("empty.txt", "")], 10, "s.txt");
  assert.equal(out.file, "s.txt");
  assert.equal(new TextDecoder().decode(out.bytes), "甲\n乙\n甲\n乙\n");
});

test("runBench reports through the injected clock and logger", async () => {
  let t = 0;
  const lines: string[] = [];
  const result = await runBench({
    dir: corpusDir,
    iterations: 3,
    sizesMb: [0.01],
    now: () => (t += 10),
    log: (line) => lines.push(line),
  });
  assert.deepEqual(result.corpus.runsMs, [10, 10, 10]);
  assert.equal(result.sizes.length, 1);
  assert.ok(lines.some((l) => l.includes("MB/s")));
  assert.ok(
    lines.some((l) => /^charts: 20 table charts rendered to SVG \(no cache\)/.test(l)),
    "chart rendering is timed",
  );
});

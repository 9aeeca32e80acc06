// `npm run bench` end to end: parses, charts and times the bundled reports (with a fake clock).
import assert from "node:assert/strict";
import { test } from "node:test";

import { runBench } from "../../src/cli/bench/index.ts";
import { corpusDir } from "../helpers/corpus.ts";

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
    lines.some((l) => /^charts: \d+ table charts rendered to SVG \(no cache\)/.test(l)),
    "chart rendering is timed",
  );
});

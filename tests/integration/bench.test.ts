// `npm run bench` end to end: parses, charts and times the bundled reports (with a fake clock), and a
// smoke run of `npm run bench -- --synthetic 2` without search.
import assert from "node:assert/strict";
import { test } from "node:test";

import { runBench } from "../../src/cli/bench/index.ts";
import { runSyntheticBench } from "../../src/cli/bench/synthetic.ts";
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

test("the synthetic bench builds a small derived corpus and the baseline, and prints every stage", async () => {
  const lines: string[] = [];
  const result = await runSyntheticBench({ reports: 2, seed: 1, search: false, log: (line) => lines.push(line) });
  assert.equal(result.published, 2, "both derived reports are published");
  assert.ok(result.pages > 2, "pages were written");
  assert.equal(result.baseline.pages, result.pages, "the baseline builds as many pages");
  assert.deepEqual(
    result.stages.map((s) => s.stage),
    ["records", "entities", "previous build", "data files", "charts", "Eleventy", "redirects"],
    "search off: no Pagefind stage",
  );
  assert.ok(result.peakRssBytes > 0);
  assert.ok(lines.some((l) => /^build: \d+ pages in [\d.]+ s → [\d.]+ pages\/s/.test(l)));
  assert.ok(lines.some((l) => /^ratio: our build takes [\d.]+× the baseline/.test(l)));
});

import assert from "node:assert/strict";
import { test } from "node:test";

import { type SyntheticBench, syntheticLines } from "../../../../src/cli/bench/synthetic.ts";

const bench: SyntheticBench = {
  reports: 40,
  published: 40,
  bytes: 8 * 1024 * 1024,
  generateMs: 2000,
  stages: [
    { stage: "records", ms: 4000 },
    { stage: "charts", ms: 12000 },
    { stage: "Eleventy", ms: 8000 },
  ],
  buildMs: 40000,
  pages: 3000,
  peakRssBytes: 600 * 1024 * 1024,
  baseline: { pages: 3000, ms: 5000 },
  added: null,
};

test("the synthetic bench prints pages/s, peak memory, each stage's share and the ratio to the baseline", () => {
  const lines = syntheticLines(bench);
  assert.equal(lines[0], "synthetic corpus: 40 reports (8.0 MB) derived in 2.0 s; 40 published");
  assert.equal(lines[1], "build: 3000 pages in 40.0 s → 75.0 pages/s, 75.0 pages per report; peak memory 600 MB");
  assert.equal(lines[3], "  charts           12.0 s   30%");
  assert.equal(lines.at(-2), "baseline: 3000 plain Eleventy Markdown pages in 5.0 s → 600.0 pages/s");
  assert.equal(lines.at(-1), "ratio: our build takes 8.0× the baseline (its Eleventy stage alone 1.6×)");
});

test("with --add-one it prints the rebuild after one more report, stage by stage", () => {
  const added = { pages: 3075, buildMs: 8000, stages: [{ stage: "Pagefind" as const, ms: 2000 }] };
  const lines = syntheticLines({ ...bench, added });
  const at = lines.indexOf("add one report, rebuilt with the caches: 3075 pages in 8.0 s");
  assert.ok(at > 0, lines.join("\n"));
  assert.equal(lines[at + 1], "  Pagefind          2.0 s   25%");
});

/**
 * `npm run bench [-- --iterations=N --sizes=5,25,50 --fuzz-runs=2000 --dir=content/reports]`: parser
 * throughput, entity pass, charts, and a robustness run over thousands of damaged copies.
 * `npm run bench -- --synthetic N [--seed S] [--skip-search] [--cache DIR] [--add-one]`: instead, builds a
 * site of N reports derived from the bundled ones and prints per-stage times, pages/s, peak memory and the
 * ratio to plain Eleventy; `--cache DIR` keeps the caches there, so a second run is warm; `--add-one` then
 * adds one more report and times the rebuild with the caches the build left.
 * Not part of `npm test` (timings are noisy and take a while); see src/cli/bench/.
 */
import { parseArgs } from "node:util";

import { runBench } from "../src/cli/bench/index.ts";
import { runSyntheticBench } from "../src/cli/bench/synthetic.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "content/reports" },
    iterations: { type: "string", default: "20" },
    sizes: { type: "string", default: "5,25,50" },
    "fuzz-runs": { type: "string", default: "2000" },
    synthetic: { type: "string" },
    seed: { type: "string", default: "1" },
    "skip-search": { type: "boolean", default: false },
    cache: { type: "string" },
    "add-one": { type: "boolean", default: false },
  },
});

if (values.synthetic !== undefined) {
  await runSyntheticBench({
    reports: Math.max(1, Number(values.synthetic)),
    seed: Number(values.seed),
    search: !values["skip-search"],
    addOne: values["add-one"],
    ...(values.cache === undefined ? {} : { cacheDir: values.cache }),
  });
} else {
  await runBench({
    dir: values.dir,
    iterations: Math.max(1, Number(values.iterations)),
    sizesMb: values.sizes.split(",").map(Number),
    fuzzRuns: Math.max(0, Number(values["fuzz-runs"])),
  });
}

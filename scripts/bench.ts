/**
 * `npm run bench [-- --iterations=N --sizes=5,25,50 --fuzz-runs=2000 --dir=content/reports]`: parser
 * throughput, entity pass, charts, and a robustness run over thousands of damaged copies.
 * Not part of `npm test` (timings are noisy and take a while); see src/cli/bench/.
 */
import { parseArgs } from "node:util";

import { runBench } from "../src/cli/bench/index.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "content/reports" },
    iterations: { type: "string", default: "20" },
    sizes: { type: "string", default: "5,25,50" },
    "fuzz-runs": { type: "string", default: "2000" },
  },
});

await runBench({
  dir: values.dir,
  iterations: Math.max(1, Number(values.iterations)),
  sizesMb: values.sizes.split(",").map(Number),
  fuzzRuns: Math.max(0, Number(values["fuzz-runs"])),
});

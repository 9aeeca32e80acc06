/** The large robustness run: thousands of damaged copies of the reports (see src/pipeline/fuzz/). */
import { fuzzReports, type FuzzResult } from "../../pipeline/fuzz/index.ts";
import type { InputFile } from "../../pipeline/inputs.ts";
import { fmt, time } from "./measure.ts";

/** Runs about `runs` damaged copies (spread evenly over the inputs, seed 1) and times the run. */
export function benchFuzz(
  inputs: readonly InputFile[],
  runs: number,
  now: () => number,
): { result: FuzzResult; ms: number } {
  const runsPerInput = Math.max(1, Math.ceil(runs / Math.max(1, inputs.length)));
  let result: FuzzResult | null = null;
  const ms = time(now, () => {
    result = fuzzReports(inputs, { seed: 1, runsPerInput, maxEdits: 12 });
  });
  if (!result) throw new Error("the fuzz run returned nothing");
  return { result, ms };
}

/** The printed lines: how many damaged copies held every property, and the first failures to replay. */
export function fuzzLines({ result, ms }: { result: FuzzResult; ms: number }): string[] {
  const { runs, held, crashed, unpublished, lost } = result;
  return [
    `  fuzz (seed 1, ≤ 12 edits per copy): ${held} of ${runs} damaged copies held ` +
      `(${crashed} crashed, ${unpublished} unpublished, ${lost} lost characters) in ${fmt(ms / 1000, 1)} s`,
    ...result.failures.slice(0, 5).map((f) => `    ${f.problem}: ${f.file} run ${f.run}: ${f.detail}`),
  ];
}

/**
 * `npm run bench`: parser throughput over the bundled corpus and a large synthetic report, the entity
 * pass, chart rendering and the robustness (fuzz) run, one module per measurement (./parse.ts,
 * ./entities.ts, ./charts.ts, ./fuzz.ts), each
 * a function that measures and one that prints. A new measurement is a module and a line in `runBench`.
 * The clock and the output are injected so the logic is testable.
 */
import { type InputFile, readInputs } from "../../pipeline/inputs.ts";
import type { Log } from "../../site/build.ts";
import { benchCharts, chartLines } from "./charts.ts";
import { benchEntities, entityLines } from "./entities.ts";
import { benchFuzz, fuzzLines } from "./fuzz.ts";
import { fmt, MB } from "./measure.ts";
import { benchCorpus, benchSizes, corpusLines, type CorpusResult, sizeLines, type SizeResult } from "./parse.ts";
import { benchSearch, searchLines } from "./search.ts";

export interface BenchOptions {
  /** Folder of `*.txt` reports. */
  readonly dir: string;
  /** Timed passes over the corpus (after untimed warm-up passes); the median is reported. */
  readonly iterations: number;
  /** Sizes of the synthetic report, in MB. */
  readonly sizesMb: readonly number[];
  /** Damaged copies in the robustness run (0 skips it). */
  readonly fuzzRuns?: number;
  readonly now?: () => number;
  readonly log?: Log;
}

function sumBytes(inputs: readonly InputFile[]): number {
  return inputs.reduce((n, i) => n + i.bytes.length, 0);
}

/** Runs every benchmark and prints a short report; returns the parser's numbers too. */
export async function runBench(options: BenchOptions): Promise<{ corpus: CorpusResult; sizes: SizeResult[] }> {
  const now = options.now ?? (() => performance.now());
  const log = options.log ?? ((line: string) => console.log(line));
  const print = (lines: readonly string[]) => lines.forEach((line) => log(line));
  const inputs = await readInputs(options.dir);
  if (inputs.length === 0) throw new Error(`no *.txt reports in ${options.dir}`);
  const bytes = sumBytes(inputs);
  log(`corpus: ${inputs.length} files, ${fmt(bytes / MB, 2)} MB, ${options.iterations} timed passes`);
  const corpus = benchCorpus(inputs, options.iterations, now);
  print(corpusLines(corpus));
  print(entityLines(benchEntities(inputs, now), bytes));
  const sizes = benchSizes(inputs, options.sizesMb, now);
  print(sizeLines(sizes));
  print(chartLines(await benchCharts(inputs, now)));
  print(searchLines(await benchSearch(inputs, now)));
  if ((options.fuzzRuns ?? 0) > 0) print(fuzzLines(benchFuzz(inputs, options.fuzzRuns ?? 0, now)));
  return { corpus, sizes };
}

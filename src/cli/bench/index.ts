/**
 * Parser benchmark: throughput over the bundled corpus, and the time to parse one large synthetic report
 * (the corpus concatenated) at a few sizes, to show that parsing time grows linearly with input size.
 * Single thread, wall-clock; the clock and the output are injected so the logic is testable.
 */
import { decideChart, planSpec, renderSvg } from "../render/charts/index.ts";
import { decode } from "../ingest/decode.ts";
import { type InputFile, readInputs } from "./inputs.ts";
import { buildRecords, parseReport } from "./records.ts";
import { entitiesOf } from "../link/entities/from-inputs.ts";

const MB = 1024 * 1024;

export interface BenchOptions {
  /** Folder of `*.txt` reports. */
  readonly dir: string;
  /** Timed passes over the corpus (after untimed warm-up passes); the median is reported. */
  readonly iterations: number;
  /** Sizes of the synthetic report, in MB. */
  readonly sizesMb: readonly number[];
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

export interface CorpusResult {
  readonly files: number;
  readonly bytes: number;
  readonly runsMs: number[];
  readonly medianMs: number;
  readonly mbPerSecond: number;
}

export interface SizeResult {
  readonly bytes: number;
  readonly ms: number;
  readonly msPerMb: number;
  readonly gotReport: boolean;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Times `fn` once with `now`, in ms. */
function time(now: () => number, fn: () => void): number {
  const start = now();
  fn();
  return now() - start;
}

/** Untimed passes before timing: the JIT needs a few to settle on steady-state code. */
const WARM_UP_PASSES = 5;

/** Parses every input `iterations` times (after untimed warm-up passes) and reports the median pass. */
export function benchCorpus(inputs: readonly InputFile[], iterations: number, now: () => number): CorpusResult {
  const pass = (): void => {
    for (const input of inputs) parseReport(input);
  };
  for (let i = 0; i < WARM_UP_PASSES; i++) pass();
  const runsMs = Array.from({ length: iterations }, () => time(now, pass));
  const bytes = inputs.reduce((n, i) => n + i.bytes.length, 0);
  const medianMs = median(runsMs);
  return { files: inputs.length, bytes, runsMs, medianMs, mbPerSecond: bytes / MB / (medianMs / 1000) };
}

/**
 * One UTF-8 report of at least `targetBytes`, made by concatenating the corpus texts (decoded, so a BOM
 * or a GB18030 file does not corrupt the middle) over and over, each copy starting on a new line.
 */
export function syntheticReport(inputs: readonly InputFile[], targetBytes: number, file = "synthetic.txt"): InputFile {
  const texts = inputs.flatMap((i) => {
    const text = decode(i.bytes).text;
    return text === null ? [] : [new TextEncoder().encode(text.endsWith("\n") ? text : `${text}\n`)];
  });
  if (texts.length === 0) throw new Error("syntheticReport: no decodable input");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const chunk = texts[i % texts.length] as Uint8Array;
    chunks.push(chunk);
    size += chunk.length;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { file, bytes, sidecar: null };
}

/** Parses a synthetic report of each size once and reports ms and ms per MB. */
export function benchSizes(inputs: readonly InputFile[], sizesMb: readonly number[], now: () => number): SizeResult[] {
  return sizesMb.map((mb) => {
    const input = syntheticReport(inputs, mb * MB);
    let gotReport = false;
    const ms = time(now, () => {
      gotReport = parseReport(input).report !== null;
    });
    return { bytes: input.bytes.length, ms, msPerMb: ms / (input.bytes.length / MB), gotReport };
  });
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** Runs both benchmarks and prints a short report; returns the numbers too. */
export async function runBench(options: BenchOptions): Promise<{ corpus: CorpusResult; sizes: SizeResult[] }> {
  const now = options.now ?? (() => performance.now());
  const log = options.log ?? ((line: string) => console.log(line));
  const inputs = await readInputs(options.dir);
  if (inputs.length === 0) throw new Error(`no *.txt reports in ${options.dir}`);
  log(`corpus: ${inputs.length} files, ${fmt(sumBytes(inputs) / MB, 2)} MB, ${options.iterations} timed passes`);
  const corpus = benchCorpus(inputs, options.iterations, now);
  log(`  median ${fmt(corpus.medianMs)} ms per pass → ${fmt(corpus.mbPerSecond, 2)} MB/s`);
  log(`  passes (ms): ${corpus.runsMs.map((ms) => fmt(ms)).join(", ")}`);
  const entityMs = median(benchEntities(inputs, now));
  log(
    `  entities (separate pass: detection and linking over the parsed records): ${fmt(entityMs)} ms → ${fmt(sumBytes(inputs) / MB / (entityMs / 1000), 2)} MB/s`,
  );
  log(`synthetic report (corpus concatenated), one parse per size:`);
  const sizes = benchSizes(inputs, options.sizesMb, now);
  for (const s of sizes) {
    const note = s.gotReport ? "" : "  (no report returned!)";
    log(
      `  ${fmt(s.bytes / MB).padStart(5)} MB: ${fmt(s.ms, 0).padStart(7)} ms  ${fmt(s.msPerMb).padStart(7)} ms/MB${note}`,
    );
  }
  const largest = sizes.at(-1);
  if (largest) log(`largest (${fmt(largest.bytes / MB)} MB) parsed in ${fmt(largest.ms / 1000, 2)} s`);
  const charts = await benchCharts(inputs, now);
  log(
    `charts: ${charts.count} table charts rendered to SVG (no cache), median of 3 passes ${fmt(charts.medianMs)} ms → ` +
      `${fmt(charts.medianMs / Math.max(1, charts.count))} ms per chart`,
  );
  return { corpus, sizes };
}

/** Times rendering every table chart of the corpus to SVG without the cache: 3 passes after a warm-up. */
export async function benchCharts(
  inputs: readonly InputFile[],
  now: () => number,
): Promise<{ count: number; medianMs: number }> {
  const specs = buildRecords(inputs).reports.flatMap((r) =>
    r.tables.flatMap((t) => {
      const plan = decideChart(t);
      return plan.kind === null ? [] : [planSpec(plan, t, r.id)];
    }),
  );
  const pass = async () => {
    const start = now();
    for (const spec of specs) await renderSvg(spec);
    return now() - start;
  };
  await pass();
  const runs = [await pass(), await pass(), await pass()];
  return { count: specs.length, medianMs: median(runs) };
}

/** Times the entity pass (detection and linking) over the parsed corpus, 5 runs after one warm-up. */
export function benchEntities(inputs: readonly InputFile[], now: () => number): number[] {
  const reports = buildRecords(inputs).reports;
  entitiesOf(reports, inputs);
  return Array.from({ length: 5 }, () => time(now, () => void entitiesOf(reports, inputs)));
}

function sumBytes(inputs: readonly InputFile[]): number {
  return inputs.reduce((n, i) => n + i.bytes.length, 0);
}

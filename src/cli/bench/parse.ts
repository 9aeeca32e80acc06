/**
 * Parser throughput: the bundled corpus parsed several times, and one large synthetic report (the
 * corpus concatenated) at a few sizes, to show that parsing time grows linearly with input size.
 */
import { decode } from "../../ingest/decode.ts";
import type { InputFile } from "../../pipeline/inputs.ts";
import { parseReport } from "../../pipeline/records.ts";
import { fmt, MB, median, time, WARM_UP_PASSES } from "./measure.ts";

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

/** The printed lines of a corpus run. */
export function corpusLines(corpus: CorpusResult): string[] {
  return [
    `  median ${fmt(corpus.medianMs)} ms per pass → ${fmt(corpus.mbPerSecond, 2)} MB/s`,
    `  passes (ms): ${corpus.runsMs.map((ms) => fmt(ms)).join(", ")}`,
  ];
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

/** The printed lines of the synthetic-report runs. */
export function sizeLines(sizes: readonly SizeResult[]): string[] {
  const lines = [`synthetic report (corpus concatenated), one parse per size:`];
  for (const s of sizes) {
    const note = s.gotReport ? "" : "  (no report returned!)";
    lines.push(
      `  ${fmt(s.bytes / MB).padStart(5)} MB: ${fmt(s.ms, 0).padStart(7)} ms  ${fmt(s.msPerMb).padStart(7)} ms/MB${note}`,
    );
  }
  const largest = sizes.at(-1);
  if (largest) lines.push(`largest (${fmt(largest.bytes / MB)} MB) parsed in ${fmt(largest.ms / 1000, 2)} s`);
  return lines;
}

/**
 * Property-based robustness check: random converter damage (see mutations.ts) applied to real reports
 * must never crash the parser, always publish the report, and never lose a character (the nothing-lost
 * check against the damaged file's own lines). Deterministic for a seed.
 */
import { unaccounted } from "../../extract/coverage.ts";
import { decode } from "../../ingest/decode.ts";
import { splitLines } from "../../ingest/lines.ts";
import type { InputFile } from "../inputs.ts";
import { parseReport } from "../records.ts";
import { MUTATIONS } from "./mutations.ts";
import { type Random, seeded } from "./random.ts";

export interface FuzzOptions {
  readonly seed: number;
  /** Damaged copies made of each input. */
  readonly runsPerInput: number;
  /** Edits per copy: 1 to this many. */
  readonly maxEdits: number;
}

/** One damaged copy that broke a property, with what to replay it. */
export interface FuzzFailure {
  readonly file: string;
  readonly run: number;
  readonly edits: string[];
  readonly problem: "crashed" | "unpublished" | "lost";
  readonly detail: string;
}

export interface FuzzResult {
  readonly runs: number;
  /** Copies where every property held. */
  readonly held: number;
  /** The parser threw (a `report-failed` diagnostic). */
  readonly crashed: number;
  /** No report was published (and it did not crash). */
  readonly unpublished: number;
  /** Some characters are in no record and no artefact. */
  readonly lost: number;
  readonly failures: FuzzFailure[];
}

const NAMES = Object.keys(MUTATIONS);

/** One damaged copy of a text: 1 to `maxEdits` random edits, and CRLF line ends one time in five. */
export function damage(text: string, rng: Random, maxEdits: number): { bytes: Uint8Array; edits: string[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const edits: string[] = [];
  for (let k = 1 + rng.int(maxEdits); k > 0 && lines.length > 0; k--) {
    const name = rng.pick(NAMES);
    MUTATIONS[name]?.(lines, rng);
    edits.push(name);
  }
  const crlf = rng.next() < 0.2;
  if (crlf) edits.push("crlf");
  return { bytes: new TextEncoder().encode(lines.join(crlf ? "\r\n" : "\n")), edits };
}

/** Checks the properties on one damaged copy; null when they all hold. */
function check(input: InputFile): Pick<FuzzFailure, "problem" | "detail"> | null {
  const { report, diagnostics } = parseReport(input);
  const failed = diagnostics.find((d) => d.ruleId === "report-failed");
  if (failed) return { problem: "crashed", detail: failed.message };
  if (!report) return { problem: "unpublished", detail: diagnostics.map((d) => d.ruleId).join(", ") };
  // Against the damaged file's own raw lines, so that what normalisation removed is checked too.
  const lines = splitLines(decode(input.bytes).text ?? "");
  const lost = unaccounted(report, lines);
  const flagged = report.diagnostics.some((d) => d.ruleId === "text-unaccounted");
  if (lost.length > 0 || flagged) {
    const first = lost[0];
    return { problem: "lost", detail: first ? `line ${first.line}: ${first.missing}` : "text-unaccounted" };
  }
  return null;
}

/**
 * Makes `runsPerInput` randomly damaged copies of each input and counts how many kept every property:
 * parsed without a crash, published, nothing lost. The failures say which edits to replay.
 */
export function fuzzReports(inputs: readonly InputFile[], options: FuzzOptions): FuzzResult {
  const rng = seeded(options.seed);
  const failures: FuzzFailure[] = [];
  let runs = 0;
  for (const input of inputs) {
    const text = decode(input.bytes).text;
    if (text === null) continue;
    for (let run = 0; run < options.runsPerInput; run++) {
      const { bytes, edits } = damage(text, rng, options.maxEdits);
      runs++;
      const bad = check({ file: input.file, bytes, sidecar: input.sidecar });
      if (bad) failures.push({ file: input.file, run, edits, ...bad });
    }
  }
  const count = (p: FuzzFailure["problem"]): number => failures.filter((f) => f.problem === p).length;
  return {
    runs,
    held: runs - failures.length,
    crashed: count("crashed"),
    unpublished: count("unpublished"),
    lost: count("lost"),
    failures,
  };
}

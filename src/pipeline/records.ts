import { pageMap } from "../extract/pages.ts";
import { extractReport } from "../extract/report.ts";
import { decode } from "../ingest/decode.ts";
import { splitLines } from "../ingest/lines.ts";
import { type Normalised, normaliseLines } from "../ingest/normalise.ts";
import { mapInPool, type PoolOptions, type PoolTask } from "../lib/pool.ts";
import { resolveIdCollisions } from "../link/report-ids.ts";
import { type Artefact, type Diagnostic, type Finding, finding, type Report, toDiagnostic } from "../model/index.ts";
import { DEFAULT_RECORDS_CACHE, openRecordsCache } from "./cache.ts";
import type { InputFile } from "./inputs.ts";

/** What parsing one file gives: a report (unless the file is unusable) and its diagnostics. */
export interface ParseOutcome {
  readonly file: string;
  readonly report: Report | null;
  readonly diagnostics: Diagnostic[];
}

/** Everything the later stages need: the published reports and the files that could not be used. */
export interface Records {
  readonly reports: Report[];
  /** Files with no publishable report (empty, binary, refused), with why. */
  readonly rejected: ParseOutcome[];
  /** All diagnostics of all files, in file order. */
  readonly diagnostics: Diagnostic[];
}

function sidecarName(file: string): string {
  return file.replace(/\.txt$/i, ".meta.yaml");
}

/** One notice for the control characters normalisation removed, at the first of their lines. */
function controlFindings(artefacts: readonly Artefact[]): Finding[] {
  const controls = artefacts.filter((a) => a.kind === "control-character");
  const first = controls[0];
  if (!first) return [];
  const count = controls.reduce((n, a) => n + [...a.text].length, 0);
  return [finding("control-characters-removed", { count, lines: controls.length }, first.line)];
}

const byLine = (a: { line: number }, b: { line: number }): number => a.line - b.line;

/**
 * The record with what ingest took out of the text: its artefacts beside the parser's (by line; a
 * stable sort keeps the parser's first on a shared line) and the page map, which needs both the form
 * feeds and the page-number lines the parser set aside.
 */
function withIngest(report: Report, normalised: Normalised): Report {
  const artefacts = [...report.artefacts, ...normalised.artefacts].sort(byLine);
  const pages = pageMap(normalised.lines, normalised.pageBreaks, report.artefacts);
  return { ...report, source: { ...report.source, pages }, artefacts };
}

/**
 * Parses one input file into a report record (ids not yet checked against
 * other reports). Unusable files give no report and say why; a crash in the
 * parser is caught and reported for this file only.
 */
export function parseReport(input: InputFile): ParseOutcome {
  const { file } = input;
  if (input.refused) return { file, report: null, diagnostics: [toDiagnostic(file, input.refused)] };
  const decoded = decode(input.bytes);
  const decodeDiagnostics = decoded.problems.map((p) => toDiagnostic(file, p));
  if (decoded.text === null) return { file, report: null, diagnostics: decodeDiagnostics };
  try {
    const normalised = normaliseLines(splitLines(decoded.text));
    const extracted = extractReport({ file, decoded, lines: normalised.lines, sidecar: input.sidecar });
    const report = withIngest(extracted.report, normalised);
    const sidecarDiagnostics = extracted.sidecarError
      ? [toDiagnostic(sidecarName(file), finding("sidecar-invalid", { reason: extracted.sidecarError }, 1))]
      : [];
    const ingestDiagnostics = controlFindings(normalised.artefacts).map((f) => toDiagnostic(file, f));
    const diagnostics = [...decodeDiagnostics, ...sidecarDiagnostics, ...ingestDiagnostics, ...report.diagnostics];
    return { file, report: { ...report, diagnostics }, diagnostics };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { file, report: null, diagnostics: [toDiagnostic(file, finding("report-failed", { reason }, 0))] };
  }
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Links the outcomes of every file: ids checked for collisions, nothing overwritten. */
function linkOutcomes(outcomes: readonly ParseOutcome[]): Records {
  const reports = resolveIdCollisions(outcomes.flatMap((o) => (o.report ? [o.report] : [])));
  const rejected = outcomes.filter((o) => !o.report);
  return {
    reports,
    rejected,
    diagnostics: [...reports.flatMap((r) => r.diagnostics), ...rejected.flatMap((o) => o.diagnostics)],
  };
}

/** Parses every input and links them: ids checked for collisions, nothing overwritten. */
export function buildRecords(inputs: readonly InputFile[]): Records {
  return linkOutcomes(inputs.map(parseReport));
}

export interface RecordsOptions {
  /** Folder of the records cache (src/pipeline/cache.ts); null for none. Default `.cache/records/`. */
  readonly cacheDir?: string | null;
  /**
   * The threads parsing (src/lib/pool.ts); default one per core, this thread among them, when the
   * files to parse come to 32 MB or more, else this thread alone.
   */
  readonly pool?: PoolOptions;
}

/**
 * {@link parseReport} as JSON text, the task of the pool's threads: a string crosses threads far faster
 * than a structured clone of a record's thousands of objects, and it is what the cache stores anyway.
 */
export function parseReportJson(input: InputFile): string {
  return JSON.stringify(parseReport(input));
}

const PARSE_TASK: PoolTask = { module: new URL(import.meta.url), name: parseReportJson.name };

/**
 * Below this many bytes to parse, the calling thread alone: a worker takes about 0.6 s to start and
 * parses with a cold JIT, so on two cores 29 MB (200 synthetic reports) took 2.4 s with or without one.
 */
const POOL_MIN_BYTES = 32 * 1024 * 1024;

/**
 * {@link buildRecords} for a build: each file's outcome from the records cache when its bytes, sidecar
 * and the parsing code are unchanged, the others parsed (in worker threads too when there is enough to
 * parse; one file each, independent) and stored; linking across reports stays here. The records equal
 * buildRecords' in every field.
 */
export async function buildRecordsCached(
  inputs: readonly InputFile[],
  options: RecordsOptions = {},
): Promise<{ records: Records; cached: number }> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_RECORDS_CACHE : options.cacheDir;
  const cache = cacheDir === null ? null : await openRecordsCache(cacheDir);
  const outcomes: (ParseOutcome | null)[] = [];
  for (const input of inputs) outcomes.push((await cache?.get(input)) ?? null);
  const misses = inputs.flatMap((input, i) => (outcomes[i] === null ? [{ input, i }] : []));
  const parsed = await mapInPool<InputFile, string>(
    PARSE_TASK,
    misses.map((m) => m.input),
    (input) => input.file,
    options.pool ?? (sum(misses.map((m) => m.input.bytes.length)) >= POOL_MIN_BYTES ? {} : { threads: 1 }),
  );
  for (const [j, { input, i }] of misses.entries()) {
    const json = parsed[j] ?? "null";
    outcomes[i] = JSON.parse(json) as ParseOutcome | null;
    await cache?.put(input, json);
  }
  const complete = outcomes.flatMap((o) => (o ? [o] : []));
  return { records: linkOutcomes(complete), cached: inputs.length - misses.length };
}

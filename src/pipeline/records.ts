import { pageMap } from "../extract/pages.ts";
import { extractReport } from "../extract/report.ts";
import { decode } from "../ingest/decode.ts";
import { splitLines } from "../ingest/lines.ts";
import { type Normalised, normaliseLines } from "../ingest/normalise.ts";
import { resolveIdCollisions } from "../link/report-ids.ts";
import { type Artefact, type Diagnostic, type Finding, finding, type Report, toDiagnostic } from "../model/index.ts";
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

/** Parses every input and links them: ids checked for collisions, nothing overwritten. */
export function buildRecords(inputs: readonly InputFile[]): Records {
  const outcomes = inputs.map(parseReport);
  const reports = resolveIdCollisions(outcomes.flatMap((o) => (o.report ? [o.report] : [])));
  const rejected = outcomes.filter((o) => !o.report);
  return {
    reports,
    rejected,
    diagnostics: [...reports.flatMap((r) => r.diagnostics), ...rejected.flatMap((o) => o.diagnostics)],
  };
}

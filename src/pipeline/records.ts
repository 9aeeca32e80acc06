import { toDiagnostic, finding, type Diagnostic, type Report } from "../model/index.ts";
import { decode } from "../ingest/decode.ts";
import { splitLines } from "../ingest/lines.ts";
import { extractReport } from "../extract/report.ts";
import { resolveIdCollisions } from "../link/report-ids.ts";
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
  /** Files with no publishable report (empty, binary), with why. */
  readonly rejected: ParseOutcome[];
  /** All diagnostics of all files, in file order. */
  readonly diagnostics: Diagnostic[];
}

function sidecarName(file: string): string {
  return file.replace(/\.txt$/i, ".meta.yaml");
}

/**
 * Parses one input file into a report record (ids not yet checked against
 * other reports). Unusable files give no report and say why; a crash in the
 * parser is caught and reported for this file only.
 */
export function parseReport(input: InputFile): ParseOutcome {
  const decoded = decode(input.bytes);
  const decodeDiagnostics = decoded.problems.map((p) =>
    toDiagnostic(
      input.file,
      finding(
        p.ruleId,
        (p.params ?? undefined) as never,
        p.ruleId === "file-empty" || p.ruleId === "file-binary" ? 0 : 1,
      ),
    ),
  );
  if (decoded.text === null) return { file: input.file, report: null, diagnostics: decodeDiagnostics };
  try {
    const lines = splitLines(decoded.text);
    const { report, sidecarError } = extractReport({ file: input.file, decoded, lines, sidecar: input.sidecar });
    const sidecarDiagnostics = sidecarError
      ? [toDiagnostic(sidecarName(input.file), finding("sidecar-invalid", { reason: sidecarError }, 1))]
      : [];
    const diagnostics = [...decodeDiagnostics, ...sidecarDiagnostics, ...report.diagnostics];
    return { file: input.file, report: { ...report, diagnostics }, diagnostics };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      file: input.file,
      report: null,
      diagnostics: [toDiagnostic(input.file, finding("report-failed", { reason }, 0))],
    };
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

import { type Diagnostic, type Report, toDiagnostic, finding } from "../model/index.ts";
import { decode } from "../ingest/decode.ts";
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

/** Parses one input file into a report record (ids not yet checked against other reports). STUB. */
export function parseReport(input: InputFile): ParseOutcome {
  const decoded = decode(input.bytes);
  const diagnostics = decoded.problems.map((p) =>
    toDiagnostic(input.file, finding(p.ruleId, (p.params ?? {}) as never, 0, 0)),
  );
  if (decoded.text === null) return { file: input.file, report: null, diagnostics };
  return { file: input.file, report: null, diagnostics };
}

/** Parses every input and links them: ids checked for collisions, nothing overwritten. STUB. */
export function buildRecords(inputs: readonly InputFile[]): Records {
  const outcomes = inputs.map(parseReport);
  return {
    reports: outcomes.flatMap((o) => (o.report ? [o.report] : [])),
    rejected: outcomes.filter((o) => !o.report),
    diagnostics: outcomes.flatMap((o) => o.diagnostics),
  };
}

/**
 * What a derivation needs to know about its source text, read by the parser itself: the region, the
 * years, and which lines are tables of contents and page numbers (their numbers are never amounts).
 */
import { parseReport } from "../records.ts";

/** The source report as the parser reads it. */
export interface SourceFacts {
  readonly region: string | null;
  readonly schoolLevel: "secondary" | "higher" | null;
  readonly reportYear: number | null;
  readonly dataYear: number | null;
  /** 1-based lines of table-of-contents entries. */
  readonly tocLines: ReadonlySet<number>;
  /** 1-based lines that are only a page number. */
  readonly pageLines: ReadonlySet<number>;
}

/** Parses the text (as `file`) and keeps what a derivation needs; throws when the text is no report. */
export function sourceFacts(text: string, file = "source.txt"): SourceFacts {
  const { report } = parseReport({ file, bytes: new TextEncoder().encode(text), sidecar: null });
  if (!report) throw new Error(`${file}: the parser published no report, so there is nothing to derive from`);
  const artefactLines = (kind: string): number[] => report.artefacts.filter((a) => a.kind === kind).map((a) => a.line);
  return {
    region: report.region,
    schoolLevel: report.schoolLevel,
    reportYear: report.reportYear,
    dataYear: report.dataYear,
    tocLines: new Set([...report.toc.map((t) => t.line), ...artefactLines("toc")]),
    pageLines: new Set(artefactLines("page-number")),
  };
}

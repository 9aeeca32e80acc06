import { type Report, ReportSummary } from "../../model/index.ts";
import { type RejectedFile, SiteIndex } from "../../model/site-index.ts";
import type { Records } from "../../pipeline/records.ts";

/** One report's line in the index: metadata, source and counts. */
export function summarize(report: Report): ReportSummary {
  return ReportSummary.parse({
    ...report,
    file: report.source.file,
    sha256: report.source.sha256,
    counts: {
      headings: report.headings.length,
      tables: report.tables.length,
      figures: report.figures.length,
      cases: report.cases.length,
      diagnostics: report.diagnostics.length,
    },
  });
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Reports sorted by id, so every listing is independent of input order. */
export function sortedReports(records: Records): Report[] {
  return [...records.reports].sort(byKey((r) => r.id));
}

/** The rejected files, sorted by file name, with their diagnostics. */
export function rejectedFiles(records: Records): RejectedFile[] {
  return records.rejected.map((o) => ({ file: o.file, diagnostics: o.diagnostics })).sort(byKey((r) => r.file));
}

/** dist/data/index.json: every report summary plus the rejected files. */
export function siteIndex(records: Records, generator: string): SiteIndex {
  return SiteIndex.parse({
    generator,
    reports: sortedReports(records).map(summarize),
    rejected: rejectedFiles(records),
  });
}

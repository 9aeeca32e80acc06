/** What the commands print: the diagnostics, vfile-reporter style, and one summary line per report. */
import type { EntityBundle } from "../link/entities/index.ts";
import type { Report } from "../model/index.ts";
import { formatDiagnostics } from "../model/messages.ts";
import type { Records } from "../pipeline/records.ts";

function severityCounts(report: Report): string {
  const count = (s: string) => report.diagnostics.filter((d) => d.severity === s).length;
  return `${count("error")} errors, ${count("warning")} warnings, ${count("info")} infos`;
}

/** One line per report: file → id, title and counts. */
export function reportLine(report: Report): string {
  return (
    `${report.source.file} → ${report.id}: ${report.title} — ${report.headings.length} headings, ` +
    `${report.tables.length} tables, ${report.figures.length} figures, ${report.cases.length} cases; ` +
    severityCounts(report)
  );
}

/** The vfile-reporter style diagnostics of all files, then a line per report and per rejected file. */
export function recordsReport(records: Records): string[] {
  const lines = [formatDiagnostics(records.diagnostics)];
  for (const report of records.reports) lines.push(reportLine(report));
  for (const r of records.rejected) lines.push(`${r.file} ✗ not published (${r.diagnostics.length} diagnostics)`);
  lines.push(
    `${records.reports.length} reports, ${records.rejected.length} rejected, ${records.diagnostics.length} diagnostics`,
  );
  return lines;
}

/** The entity diagnostics, vfile-reporter style, then one summary line. */
export function entitiesReport(b: EntityBundle): string[] {
  const diagnostics = b.links.flatMap((l) => l.diagnostics);
  return [
    formatDiagnostics(diagnostics),
    `entities: ${b.schools.length} schools, ${b.specialties.length} specialties, ` +
      `${b.indicators.length} indicators; ${diagnostics.length} diagnostics`,
  ];
}

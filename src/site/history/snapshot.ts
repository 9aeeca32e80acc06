/** What one version of a report held, as the ledger records it. */
import type { Report } from "../../model/index.ts";
import type { ReleaseVersion } from "../../model/releases.ts";
import { urls } from "../../model/urls.ts";

/** The parts of a report record a version is taken from. */
export type VersionSource = Pick<Report, "id" | "title" | "source" | "tables" | "cases" | "figures">;

/** The ledger entry for a report's current text, dated `date`: its tables, cases and figures with their URLs. */
export function versionOf(report: VersionSource, date: string): ReleaseVersion {
  return {
    sha256: report.source.sha256,
    date,
    title: report.title,
    tables: report.tables.map((t) => ({ number: t.number, caption: t.caption, url: t.url })),
    cases: report.cases.map((c) => ({ number: c.number, title: c.title, url: c.url })),
    figures: report.figures.map((f) => ({ number: f.number, caption: f.caption, url: urls.anchor(report.id, f.id) })),
  };
}

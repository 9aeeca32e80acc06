/**
 * Pages a correction took away (a table or case the new text no longer has): their URLs keep resolving,
 * to a short page (templates/removed.11ty.ts) that says when the item was removed and leads to the report.
 */
import { byCodePoint } from "../../lib/sort.ts";
import type { Report } from "../../model/index.ts";
import type { Releases, ReleaseVersion } from "../../model/releases.ts";
import { type VersionItem, versionItems } from "./changes.ts";

/** A table or case page an earlier version had and the current one lacks. */
export interface RemovedPage extends VersionItem {
  readonly reportId: string;
  readonly reportTitle: string;
  /** The date of the correction that removed it (the version after the last one that had it). */
  readonly removedOn: string;
}

/** The report's items with pages of their own (tables and cases), in document order. */
const pageItems = (v: ReleaseVersion): VersionItem[] => [...versionItems(v, "table"), ...versionItems(v, "case")];

/** The removed pages of one report, given the URLs its current record has. */
function reportRemovedPages(
  reportId: string,
  versions: readonly ReleaseVersion[],
  current: Set<string>,
): RemovedPage[] {
  const latest = versions.at(-1);
  if (!latest) return [];
  // Only URLs an earlier version had: one the latest version lists but the record lacks was lost by a
  // change in the parser, not by a correction, and this page would say the wrong thing about it.
  const stillListed = new Set(pageItems(latest).map((i) => i.url));
  const lastSeen = new Map<string, { item: VersionItem; index: number }>();
  versions.forEach((v, index) => {
    for (const item of pageItems(v)) lastSeen.set(item.url, { item, index });
  });
  return [...lastSeen.values()].flatMap(({ item, index }) => {
    const removedBy = versions[index + 1];
    if (current.has(item.url) || stillListed.has(item.url) || !removedBy) return [];
    return [{ ...item, reportId, reportTitle: latest.title, removedOn: removedBy.date }];
  });
}

/**
 * Every page removed by a correction of a report the build publishes, sorted by URL. A URL the current
 * record has again (a table restored by a later correction) is a real page and is left alone.
 */
export function removedPages(
  ledger: Releases,
  reports: readonly Pick<Report, "id" | "tables" | "cases">[],
): RemovedPage[] {
  return reports
    .flatMap((r) => {
      const current = new Set([...r.tables.map((t) => t.url), ...r.cases.map((c) => c.url)]);
      return reportRemovedPages(r.id, ledger.reports[r.id]?.versions ?? [], current);
    })
    .sort((a, b) => byCodePoint(a.url, b.url));
}

/** `《…》在 2026-12-03 的更正中删除了表3-2“名单”。`: what the page at a removed URL says (an unnumbered case once, by its title). */
export function removedSentence(page: RemovedPage): string {
  const what = page.label.includes(page.title) ? page.label : `${page.label}“${page.title}”`;
  return `《${page.reportTitle}》在 ${page.removedOn} 的更正中删除了${what}。`;
}

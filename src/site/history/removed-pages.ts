/**
 * Pages a correction took away (a table or case the new text no longer has): their URLs keep resolving,
 * to a short page that says when the item was removed and leads to the report.
 */
import { markup } from "../../lib/html.ts";
import { byCodePoint } from "../../lib/sort.ts";
import type { Report } from "../../model/index.ts";
import type { Releases, ReleaseVersion } from "../../model/releases.ts";
import type { SiteConfig } from "../../model/site-config.ts";
import { outputPath, urls } from "../../model/urls.ts";
import { absoluteUrl } from "../config.ts";
import type { OutputFile } from "../output.ts";
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

/**
 * The page at a removed URL: what was there, when a correction removed it, and a link to the report.
 * Its head is a page's (its own canonical address and description), kept out of search engines.
 */
export function removedPageHtml(page: RemovedPage, config: Pick<SiteConfig, "name" | "url">): string {
  const report = urls.report(page.reportId);
  // An unnumbered case's label is already its title (`案例“…”`).
  const what = page.label.includes(page.title) ? page.label : `${page.label}“${page.title}”`;
  const sentence = `《${page.reportTitle}》在 ${page.removedOn} 的更正中删除了${what}。`;
  return `${markup`<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${page.label}已删除 · ${config.name}</title>
    <meta name="description" content="${sentence}" />
    <link rel="canonical" href="${absoluteUrl(config, page.url)}" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
      <h1>${page.label}已删除</h1>
      <p>${sentence}</p>
      <p><a href="${report}">查看报告的当前版本</a></p>
      <p>报告各版本的表、案例和图见 <a href="${urls.releases()}">${urls.releases()}</a>。</p>
    </main>
  </body>
</html>`}\n`;
}

/** The removed pages as files of the build (`reports/<id>/tables/3-2/index.html`). */
export function removedPageFiles(
  pages: readonly RemovedPage[],
  config: Pick<SiteConfig, "name" | "url">,
): OutputFile[] {
  return pages.map((p) => ({ path: outputPath(p.url), content: removedPageHtml(p, config) }));
}

/**
 * Report history: the release ledger (each report's texts over time), the corrections it records, and
 * what the site publishes from it (the Atom feed, `/data/releases.json`; the pages for removed URLs are a
 * template's, from `removedPages`).
 */
import type { Report } from "../../model/index.ts";
import type { Releases } from "../../model/releases.ts";
import type { SiteConfig } from "../../model/site-config.ts";
import { outputPath, urls } from "../../model/urls.ts";
import type { OutputFile } from "../output.ts";
import { atomFeed } from "./feed.ts";
import { formatLedger } from "./ledger.ts";
import { publishedReleases } from "./published.ts";

/**
 * The history's files for the reports a build publishes: `/data/releases.json` (written before the
 * pages: the site data reads it back, for the 更新于 notices and the removed-item pages) and `/feed.xml`.
 */
export function historyFiles(
  ledger: Releases,
  reports: readonly Pick<Report, "id" | "tables" | "cases">[],
  config: Pick<SiteConfig, "name" | "url">,
): OutputFile[] {
  const published = publishedReleases(
    ledger,
    reports.map((r) => r.id),
  );
  return [
    { path: outputPath(urls.releases()), content: formatLedger(published) },
    { path: outputPath(urls.feed()), content: atomFeed(published, config) },
  ];
}

/**
 * The search index is cut into buckets, one Pagefind bundle each, merged in the reader's browser
 * (Pagefind's `mergeIndex`). A page's bucket depends only on its URL, never on the other pages: a
 * report's pages share one of {@link REPORT_BUCKETS} buckets (by a hash of its id), every other page
 * (schools, specialties, indicators, regions, the site's own pages) one of {@link OTHER_BUCKETS} (by a
 * hash of its URL). So adding or correcting a report re-indexes its own bucket and the buckets of the
 * entity pages that changed, and no bundle grows past about 1/16 of the site: Pagefind holds a whole
 * bundle in memory (3 GB for the 8,400 pages of 100 synthetic reports in one bundle).
 */
import { createHash } from "node:crypto";

import { groupBy } from "../../lib/group-by.ts";
import { byCodePoint } from "../../lib/sort.ts";
import { outputFolders, reportIdOfUrl } from "../../model/urls.ts";

/**
 * Below this many reports the whole site is one bundle (`all`). Pagefind ranks within a bundle (its word
 * statistics are the bundle's), and merged results are ordered by those scores as they are: on the four
 * bundled reports, cut into buckets, "案例2-1" put report pages and short specialty pages that only
 * share its digits among the cases. A small site loses nothing by one bundle; a large one cannot hold
 * one in memory, and its buckets, each of many reports, have similar statistics.
 */
export const BUCKETED_FROM_REPORTS = 100;

/** Buckets for the pages under a report, and for all the others. Changing either moves pages between bundles. */
export const REPORT_BUCKETS = 16;
export const OTHER_BUCKETS = 4;

const hashDigit = (text: string, buckets: number): number =>
  createHash("sha256").update(text).digest().readUInt32BE(0) % buckets;

/** The bucket number of a report's pages, 0…{@link REPORT_BUCKETS} − 1. */
export function reportBucket(reportId: string): number {
  return hashDigit(reportId, REPORT_BUCKETS);
}

/**
 * The bucket of a page: `r0`…`rf` (hexadecimal) for a report's pages, `e0`…`e3` for the others; `all`
 * for every page when the site is not `bucketed`.
 */
export function searchBucket(url: string, bucketed = true): string {
  if (!bucketed) return "all";
  const report = reportIdOfUrl(url);
  return report === null ? `e${hashDigit(url, OTHER_BUCKETS).toString(16)}` : `r${reportBucket(report).toString(16)}`;
}

/** The report bucket number of a bundle folder's URL (`/pagefind/r3/…` → 3), or null for any other URL. */
export function bundleReportBucket(url: string): number | null {
  const hex = new RegExp(`^/${outputFolders.search}/r([0-9a-f]+)/`).exec(url)?.[1];
  return hex === undefined ? null : parseInt(hex, 16);
}

/** Pages grouped by bucket: buckets in code-point order of their names, pages in the order given. */
export function groupByBucket<T extends { readonly url: string }>(
  pages: readonly T[],
  bucketed = true,
): [string, T[]][] {
  return [...groupBy(pages, (p) => searchBucket(p.url, bucketed))].sort(([a], [b]) => byCodePoint(a, b));
}

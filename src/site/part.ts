/**
 * Which part of the site a build writes, so a large site can be built by independent jobs (a CI matrix)
 * and merged. Every file of the site has one owner: the files of a report (its pages, tables, charts
 * and downloads under `/reports/<id>/`, and the search bundle of its bucket) belong to one of N report
 * shards, chosen by the report's search bucket (search/buckets.ts) so that a bundle's pages are all
 * built by the same job; every other file (the home page, entity pages, listings, data files, the
 * search manifest) belongs to the merge. Each job computes the whole site's data, which is cheap next to
 * drawing charts, rendering pages and indexing them, and does only that heavy work for what it owns.
 */
import { bundleReportBucket, REPORT_BUCKETS, reportBucket } from "./search/buckets.ts";

/** All of the site (a one-shot build), report shard `index` of `count` (1-based), or the merge. */
export type SitePart =
  | { readonly kind: "all" }
  | { readonly kind: "shard"; readonly index: number; readonly count: number }
  | { readonly kind: "merge" };

export const WHOLE_SITE: SitePart = { kind: "all" };

/**
 * The report a file belongs to: under its folder (`/reports/<id>/…`) or beside it (`/reports/<id>.svg`, the
 * overview chart shown on its page); ids have no dot (model/report.ts).
 */
const REPORT_FILE = /^\/reports\/([a-z0-9][a-z0-9-]*)[/.]/;

/** The report bucket a file belongs to (a report's file, or `/pagefind/r<n>/…`), or null for the merge's files. */
function bucketOf(url: string): number | null {
  const report = REPORT_FILE.exec(url)?.[1];
  return report === undefined ? bundleReportBucket(url) : reportBucket(report);
}

/** Whether the part writes the file or page at `url` (a site URL: `/reports/x/`, `/data/index.json`). */
export function owns(part: SitePart, url: string): boolean {
  if (part.kind === "all") return true;
  const bucket = bucketOf(url);
  if (part.kind === "merge") return bucket === null;
  return bucket !== null && (bucket % part.count) + 1 === part.index;
}

/**
 * `K/N` (the `--shard` option) as a shard, with a message saying what is wrong otherwise. More shards
 * than report buckets would leave some empty.
 */
export function parseShard(text: string): SitePart {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || count > REPORT_BUCKETS || index < 1 || index > count) {
    throw new Error(`--shard ${text}: expected K/N with 1 ≤ K ≤ N ≤ ${REPORT_BUCKETS}, e.g. --shard 2/4`);
  }
  return { kind: "shard", index, count };
}

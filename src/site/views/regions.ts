import { regionSlug } from "../../extract/slug.ts";
import { groupBy } from "../../lib/group-by.ts";
import { byValue } from "../../lib/sort.ts";
import type { ReportSummary } from "../../model/index.ts";
import { urls } from "../../model/urls.ts";

/** The reports of one region (one slug), newest first. */
export interface RegionGroup {
  readonly slug: string;
  readonly url: string;
  /** The region's name; two names with one slug (rare) are joined with ／. */
  readonly name: string;
  readonly regionLevel: ReportSummary["regionLevel"];
  readonly reports: ReportSummary[];
}

const LEVEL_ORDER = ["province", "municipality", "city", "district"];
const levelRank = (level: ReportSummary["regionLevel"]) => (level ? LEVEL_ORDER.indexOf(level) : LEVEL_ORDER.length);

/** The region page URL of a region name (the slug of report ids, `data/regions.yaml` first), or null. */
export function regionUrl(region: string | null): string | null {
  return region ? urls.region(regionSlug(region)) : null;
}

/** Newest report year first, then by id; unknown years last. */
function byYear(a: ReportSummary, b: ReportSummary): number {
  return byValue(b.reportYear ?? -1, a.reportYear ?? -1) || byValue(a.id, b.id);
}

/**
 * Groups report summaries by region slug (reports without a region are left out): larger regions
 * first (province, municipality, city, district), then by slug; each group's reports newest first.
 */
export function regionGroups(reports: readonly ReportSummary[]): RegionGroup[] {
  const groups = groupBy(
    reports.filter((r) => r.region),
    (r) => regionSlug(r.region ?? ""),
  );
  return [...groups]
    .map(([slug, list]) => {
      const sorted = [...list].sort(byYear);
      const names = [...new Set(sorted.map((r) => r.region ?? ""))].sort();
      return {
        slug,
        url: urls.region(slug),
        name: names.join("／"),
        regionLevel: sorted[0]?.regionLevel ?? null,
        reports: sorted,
      };
    })
    .sort((a, b) => levelRank(a.regionLevel) - levelRank(b.regionLevel) || byValue(a.slug, b.slug));
}

/** The distinct report years, ascending (the columns of the home page's overview). */
export function reportYears(reports: readonly ReportSummary[]): number[] {
  return [...new Set(reports.flatMap((r) => (r.reportYear === null ? [] : [r.reportYear])))].sort((a, b) => a - b);
}

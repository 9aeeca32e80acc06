import { regionSlug } from "../../extract/slug.ts";
import { groupBy } from "../../lib/group-by.ts";
import { byValue } from "../../lib/sort.ts";
import type { ReportSummary } from "../../model/index.ts";
import { schoolLevelShort } from "./labels.ts";

/**
 * The reports of one region and school level, oldest first: one report a year is how the site grows,
 * and each report links to the one before and after it in its series.
 */
export interface ReportSeries {
  /** `<region slug>-<school level>` (`dongcheng-secondary`): stable, from the same metadata as report ids. */
  readonly key: string;
  /** `东城区 · 中职` */
  readonly label: string;
  /** Oldest report year first (then by id); only reports with a known report year. */
  readonly reports: readonly ReportSummary[];
}

/** A report's place in its series: the series and its neighbours. */
export interface SeriesPlace {
  readonly series: ReportSeries;
  readonly previous: ReportSummary | null;
  readonly next: ReportSummary | null;
}

/** The series a report belongs to, or null when its region, school level or report year is unknown. */
export function seriesKey(r: Pick<ReportSummary, "region" | "schoolLevel" | "reportYear">): string | null {
  if (r.region === null || r.schoolLevel === null || r.reportYear === null) return null;
  return `${regionSlug(r.region)}-${r.schoolLevel}`;
}

const byYear = (a: ReportSummary, b: ReportSummary) =>
  byValue(a.reportYear ?? 0, b.reportYear ?? 0) || byValue(a.id, b.id);

/** Every series of the reports, by key (sorted), each oldest first. A series may hold a single report. */
export function reportSeries(reports: readonly ReportSummary[]): ReportSeries[] {
  const groups = groupBy(
    reports.filter((r) => seriesKey(r) !== null),
    (r) => seriesKey(r) ?? "",
  );
  return [...groups]
    .sort(([a], [b]) => byValue(a, b))
    .map(([key, list]) => {
      const sorted = [...list].sort(byYear);
      const first = sorted[0];
      const level = first?.schoolLevel ? schoolLevelShort[first.schoolLevel] : "";
      return { key, label: [first?.region ?? "", level].filter(Boolean).join(" · "), reports: sorted };
    });
}

/** Each report's place in its series, by report id (reports outside any series are absent). */
export function seriesPlaces(series: readonly ReportSeries[]): Map<string, SeriesPlace> {
  const places = new Map<string, SeriesPlace>();
  for (const s of series) {
    s.reports.forEach((r, i) => {
      places.set(r.id, { series: s, previous: s.reports[i - 1] ?? null, next: s.reports[i + 1] ?? null });
    });
  }
  return places;
}

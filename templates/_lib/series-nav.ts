import { type Html, markup } from "../../src/lib/html.ts";
import type { ReportSummary } from "../../src/model/index.ts";
import { regionUrl } from "../../src/site/views/regions.ts";
import type { ReportSeries, SeriesPlace } from "../../src/site/views/series.ts";

/** Where a neighbour link goes and what it says. */
export interface SeriesLink {
  readonly url: string;
  readonly label: string;
}

/** Which page of a neighbour report to link to; by default the report itself. */
export type SeriesTarget = (report: ReportSummary, rel: "prev" | "next") => SeriesLink;

/** `2022年度报告` */
export function reportYearLabel(r: Pick<ReportSummary, "reportYear" | "title">): string {
  return r.reportYear === null ? r.title : `${r.reportYear}年度报告`;
}

/** The id of a series' section on its region page (`series-dongcheng-secondary`). */
export function seriesAnchor(s: ReportSeries): string {
  return `series-${s.key}`;
}

/** The series' section on its region page, or null when the region is unknown. */
export function seriesUrl(s: ReportSeries): string | null {
  const url = regionUrl(s.reports[0]?.region ?? null);
  return url && `${url}#${seriesAnchor(s)}`;
}

const reportLink: SeriesTarget = (r) => ({ url: r.url, label: reportYearLabel(r) });

/**
 * `‹ 2022年度报告 · 东城区 · 中职 系列（3 份） · 2024年度报告 ›`: the previous and next report of the series
 * (or the matching page of each, by `target`); nothing for a report alone in its series.
 */
export function seriesNav(place: SeriesPlace | null, target: SeriesTarget = reportLink): Html | "" {
  if (!place || (!place.previous && !place.next)) return "";
  const { series, previous, next } = place;
  const side = (r: ReportSummary | null, rel: "prev" | "next") => {
    if (!r) return "";
    const { url, label } = target(r, rel);
    const text = rel === "prev" ? `‹ ${label}` : `${label} ›`;
    return markup`<a href="${url}" rel="${rel}" title="${r.title}">${text}</a>`;
  };
  const name = `${series.label} 系列（${series.reports.length} 份）`;
  const url = seriesUrl(series);
  const middle = url ? markup`<a href="${url}">${name}</a>` : markup`<span>${name}</span>`;
  const parts = [side(previous, "prev"), middle, side(next, "next")].filter((p) => p !== "");
  return markup`<nav class="series-nav" aria-label="同一系列的其他年度" data-pagefind-ignore>
    ${parts.map((p, i) => (i === 0 ? p : markup` · ${p}`))}
  </nav>`;
}

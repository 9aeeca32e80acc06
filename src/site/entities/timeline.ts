/**
 * Entities over time: what the reports say about one school or specialty, year by year, across reports.
 * A new report each year adds rows; nothing here depends on how many reports there are.
 */
import { groupBy } from "../../lib/group-by.ts";
import { byValue } from "../../lib/sort.ts";
import { type Report, type Specialty, type SpecialtyEvent, SpecialtyEventKind } from "../../model/index.ts";
import { reportShortName } from "../views/page-meta.ts";
import type { ReportView } from "../views/report-view.ts";
import type { IndicatorFact } from "./indicator-pages.ts";
import { type Place, sourcePlace } from "./places.ts";

/** The year a report's figures describe: its data year, else its report year. */
const reportYear = (r: Pick<Report, "dataYear" | "reportYear">) => r.dataYear ?? r.reportYear;

/** Years ascending, an unknown year (null) last. */
export function byYear(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a - b;
}

/**
 * Facts ordered by the year they are about (an unknown year last), then by the year of the report that
 * states them and its id, then by line: a school's values read down the years.
 */
export function factsByYear(facts: readonly IndicatorFact[]): IndicatorFact[] {
  return [...facts].sort(
    (a, b) =>
      byYear(a.indicator.year, b.indicator.year) ||
      byYear(reportYear(a.report), reportYear(b.report)) ||
      byValue(a.report.id, b.report.id) ||
      a.indicator.source.line - b.indicator.source.line,
  );
}

/** A source of a timeline row: the report's short name and the place (table or section) with its URL. */
export interface TimelineSource extends Place {
  readonly report: string;
}

/** One row of a specialty's timeline: one kind of event in one year, with every school and source. */
export interface SpecialtyYearRow {
  readonly year: number | null;
  /** The event prints no year, so the row takes its report's (data) year. */
  readonly yearFromReport: boolean;
  readonly event: SpecialtyEventKind;
  /** School ids in order of first appearance; null stands for a region-wide list (全区). */
  readonly schools: (string | null)[];
  readonly sources: TimelineSource[];
}

interface Dated {
  readonly year: number | null;
  readonly yearFromReport: boolean;
  readonly event: SpecialtyEvent;
  readonly view: ReportView;
}

function dated(e: SpecialtyEvent, views: ReadonlyMap<string, ReportView>): Dated[] {
  const view = views.get(e.source.report);
  if (!view) return [];
  const fallback = reportYear(view.report);
  return [{ year: e.year ?? fallback, yearFromReport: e.year === null && fallback !== null, event: e, view }];
}

const KINDS = SpecialtyEventKind.options;

function row(events: readonly Dated[]): SpecialtyYearRow | null {
  const first = events[0];
  if (!first) return null;
  const sources = new Map<string, TimelineSource>();
  for (const d of events) {
    const place = sourcePlace(d.view, d.event.source);
    sources.set(place.url, { ...place, report: reportShortName(d.view.report) });
  }
  return {
    year: first.year,
    yearFromReport: events.every((d) => d.yearFromReport),
    event: first.event.event,
    schools: [...new Set(events.map((d) => d.event.school))],
    sources: [...sources.values()],
  };
}

/**
 * A specialty's events across reports, one row per year and kind of event (开设, 新增, 撤销, 质量监测),
 * years ascending, kinds in the model's order. An event that prints no year (a list of offered
 * specialties) takes its report's data year, and the row says so.
 */
export function specialtyTimeline(specialty: Specialty, views: ReadonlyMap<string, ReportView>): SpecialtyYearRow[] {
  const groups = groupBy(
    specialty.events.flatMap((e) => dated(e, views)),
    (d) => JSON.stringify([d.year, d.event.event]),
  );
  return [...groups.values()]
    .flatMap((g) => row(g) ?? [])
    .sort((a, b) => byYear(a.year, b.year) || KINDS.indexOf(a.event) - KINDS.indexOf(b.event));
}

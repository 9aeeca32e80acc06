import { byCodePoint } from "../../lib/sort.ts";
import type { Indicator, IndicatorVocabulary, Report } from "../../model/index.ts";
import { urls } from "../../model/urls.ts";
import { inBaseUnit } from "../../render/charts/indicator-values.ts";
import type { ReportView } from "../views/report-view.ts";
import { type Place, sourcePlace } from "./places.ts";

/** One fact as the pages show it: value and unit, and where it was read. */
export interface IndicatorFact {
  readonly indicator: Indicator;
  readonly report: Report;
  readonly metricUrl: string;
  /** `90.23%`, `2.57万人`; a ratio as printed (`1:17`). */
  readonly value: string;
  readonly source: Place;
  /** `第 276 行` */
  readonly line: string;
}

/** `value unit` as shown; a ratio keeps its printed form. */
export function factValue(i: Indicator): string {
  return i.ratio || i.unit === "ratio" ? i.text : `${i.value}${i.unit}`;
}

/** The fact with its report and source place; none when its report is not published. */
export function indicatorFact(i: Indicator, views: ReadonlyMap<string, ReportView>): IndicatorFact[] {
  const view = views.get(i.report);
  if (!view) return [];
  return [
    {
      indicator: i,
      report: view.report,
      metricUrl: urls.indicator(i.metric),
      value: factValue(i),
      source: sourcePlace(view, i.source),
      line: `第 ${i.source.line} 行`,
    },
  ];
}

/** One cell of the comparison: every fact for a scope and year; `conflict` when they disagree. */
export interface MetricCell {
  readonly facts: IndicatorFact[];
  readonly conflict: boolean;
}

/** One row: a region or a school, and the part of it the facts are about (民办…, 其中…). */
export interface MetricRow {
  readonly scope: string;
  readonly schoolUrl: string | null;
  readonly qualifier: string | null;
  readonly cells: MetricCell[];
}

/** An indicator's page: its definition, then scopes × years. */
export interface MetricPage {
  readonly metric: string;
  readonly url: string;
  /** The first printed label (`招生人数`): the metric's name on the pages. */
  readonly label: string;
  readonly description: string;
  readonly units: string[];
  readonly labels: string[];
  /** The columns; null: the year is not stated (a period such as 2019-2020 or nothing). */
  readonly years: (number | null)[];
  readonly rows: MetricRow[];
  readonly facts: number;
  readonly conflicts: number;
  /** Its chart over the years (HTML figure), when the build drew one. */
  readonly chart?: string | null;
}

/** A value in the metric's base unit, so that 2.57万人 and 25700人 agree. */
function normalised(i: Indicator): string {
  const { value, unit } = inBaseUnit(i);
  return `${value}${unit}`;
}

function cell(facts: IndicatorFact[]): MetricCell {
  return { facts, conflict: new Set(facts.map((f) => normalised(f.indicator))).size > 1 };
}

const rowKey = (i: Indicator) => JSON.stringify([i.scope.kind, i.scope.school, i.scope.name, i.qualifier]);

/** Rows: regions before schools, then by name, the whole scope before its parts. */
function compareRows(a: Indicator, b: Indicator): number {
  const rank = (i: Indicator) => (i.scope.kind === "region" ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    byCodePoint(a.scope.name ?? "", b.scope.name ?? "") ||
    (a.qualifier === null ? 0 : 1) - (b.qualifier === null ? 0 : 1) ||
    byCodePoint(a.qualifier ?? "", b.qualifier ?? "")
  );
}

function years(facts: readonly IndicatorFact[]): (number | null)[] {
  const known = [...new Set(facts.flatMap((f) => (f.indicator.year === null ? [] : [f.indicator.year])))];
  known.sort((a, b) => a - b);
  return facts.some((f) => f.indicator.year === null) ? [...known, null] : known;
}

function rows(facts: readonly IndicatorFact[], columns: readonly (number | null)[]): MetricRow[] {
  const groups = new Map<string, IndicatorFact[]>();
  for (const f of facts) groups.set(rowKey(f.indicator), [...(groups.get(rowKey(f.indicator)) ?? []), f]);
  return [...groups.values()]
    .sort((a, b) => (a[0] && b[0] ? compareRows(a[0].indicator, b[0].indicator) : 0))
    .map((own) => {
      const first = own[0]?.indicator;
      return {
        scope: first?.scope.name ?? "范围未注明",
        schoolUrl: first?.scope.school ? urls.school(first.scope.school) : null,
        qualifier: first?.qualifier ?? null,
        cells: columns.map((year) => cell(own.filter((f) => f.indicator.year === year))),
      };
    });
}

/** One page per metric of the vocabulary (in its order), each comparing scopes × years. */
export function metricPages(
  vocabulary: IndicatorVocabulary,
  indicators: readonly Indicator[],
  views: ReadonlyMap<string, ReportView>,
): MetricPage[] {
  return Object.entries(vocabulary.metrics).map(([metric, def]) => {
    const facts = indicators.filter((i) => i.metric === metric).flatMap((i) => indicatorFact(i, views));
    const columns = years(facts);
    const table = rows(facts, columns);
    return {
      metric,
      url: urls.indicator(metric),
      label: def.labels[0] ?? metric,
      description: def.description,
      units: def.units,
      labels: def.labels,
      years: columns,
      rows: table,
      facts: facts.length,
      conflicts: table.reduce((n, r) => n + r.cells.filter((c) => c.conflict).length, 0),
    };
  });
}

/** A region's own facts (scope region, from its reports), by metric order of the vocabulary, then year and line. */
export function regionFacts(
  vocabulary: IndicatorVocabulary,
  reportIds: readonly string[],
  indicators: readonly Indicator[],
  views: ReadonlyMap<string, ReportView>,
): IndicatorFact[] {
  const order = Object.keys(vocabulary.metrics);
  return indicators
    .filter((i) => i.scope.kind === "region" && reportIds.includes(i.report))
    .sort(
      (a, b) =>
        order.indexOf(a.metric) - order.indexOf(b.metric) ||
        (a.year ?? 0) - (b.year ?? 0) ||
        byCodePoint(a.report, b.report) ||
        a.source.line - b.source.line,
    )
    .flatMap((i) => indicatorFact(i, views));
}

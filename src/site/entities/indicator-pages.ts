import { groupBy } from "../../lib/group-by.ts";
import { byCodePoint } from "../../lib/sort.ts";
import type { Confidence, Indicator, IndicatorVocabulary, Report } from "../../model/index.ts";
import { urls } from "../../model/urls.ts";
import { inBaseUnit } from "../../render/charts/indicator-values.ts";
import type { ReportView } from "../views/report-view.ts";
import { type Place, sourcePlace } from "./places.ts";

const NOTES: Record<Confidence, string | null> = { certain: null, likely: "范围推断", uncertain: "范围存疑" };

/** The mark shown beside a value whose scope is not certain (`范围推断`), null for a certain one. */
export function confidenceNote(c: Confidence): string | null {
  return NOTES[c];
}

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
  /** Why the scope is not certain (`范围推断`), null when it is. */
  readonly mark: string | null;
}

/** `value unit` as shown, with a mark when the scope is not certain; a ratio keeps its printed form. */
export function factValue(i: Indicator): string {
  const value = i.ratio || i.unit === "ratio" ? i.text : `${i.value}${i.unit}`;
  const note = confidenceNote(i.confidence);
  return note ? `${value}（${note}）` : value;
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
      mark: confidenceNote(i.confidence),
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

/** The comparison of the facts of one unit: scopes × years, side by side. */
export interface UnitTable {
  /** The base unit (人, %, 元…; `比值` for a ratio). */
  readonly unit: string;
  /** The columns; null: the year is not stated (a period such as 2019-2020 or nothing). */
  readonly years: (number | null)[];
  readonly rows: MetricRow[];
}

/** An indicator's page: its definition, then scopes × years per unit, then the facts whose scope is not certain. */
export interface MetricPage {
  readonly metric: string;
  readonly url: string;
  /** The metric's Chinese name (`招生人数`). */
  readonly label: string;
  readonly description: string;
  readonly group: string;
  readonly kind: string;
  readonly units: string[];
  readonly labels: string[];
  /** One comparison per base unit of the certain facts, the most facts first. */
  readonly tables: UnitTable[];
  /** The facts whose scope is likely or uncertain: listed, marked, never compared. */
  readonly others: IndicatorFact[];
  readonly facts: number;
  readonly conflicts: number;
  /** The CSV of this indicator's rows, when it has any. */
  readonly csv: string | null;
  /** Its chart over the years (HTML figure), when the build drew one. */
  readonly chart?: string | null;
}

/** How the pages name a group and a kind of metric. */
export const GROUP_NAMES: Record<string, string> = {
  scale: "规模",
  teachers: "师资",
  conditions: "办学条件",
  funding: "经费",
  quality: "培养质量",
  service: "社会服务",
  international: "国际合作",
  structure: "结构",
};
export const KIND_NAMES: Record<string, string> = { count: "数量", share: "比例", ratio: "比值", money: "金额" };

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
  return [...groupBy(facts, (f) => rowKey(f.indicator)).values()]
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

/** The certain facts by base unit, one comparison each, the unit with the most facts first. */
function unitTables(facts: readonly IndicatorFact[]): UnitTable[] {
  return [...groupBy(facts, (f) => inBaseUnit(f.indicator).unit)]
    .sort((a, b) => b[1].length - a[1].length || byCodePoint(a[0], b[0]))
    .map(([unit, own]) => {
      const columns = years(own);
      return { unit: unit === "ratio" ? "比值" : unit, years: columns, rows: rows(own, columns) };
    });
}

/** One page per metric of the vocabulary (in its order), each comparing scopes × years. */
export function metricPages(
  vocabulary: IndicatorVocabulary,
  indicators: readonly Indicator[],
  views: ReadonlyMap<string, ReportView>,
): MetricPage[] {
  const byMetric = groupBy(indicators, (i) => i.metric);
  return Object.entries(vocabulary.metrics).map(([metric, def]) => {
    const facts = (byMetric.get(metric) ?? []).flatMap((i) => indicatorFact(i, views));
    const tables = unitTables(facts.filter((f) => f.indicator.confidence === "certain"));
    return {
      metric,
      url: urls.indicator(metric),
      label: def.name,
      description: def.description,
      group: GROUP_NAMES[def.group] ?? def.group,
      kind: KIND_NAMES[def.kind] ?? def.kind,
      units: def.units,
      labels: def.labels,
      tables,
      others: facts.filter((f) => f.indicator.confidence !== "certain"),
      facts: facts.length,
      conflicts: tables.reduce(
        (n, t) => n + t.rows.reduce((m, r) => m + r.cells.filter((c) => c.conflict).length, 0),
        0,
      ),
      csv: facts.length > 0 ? urls.download(urls.indicator(metric), "csv") : null,
    };
  });
}

/**
 * A region's own facts (scope region, from its reports), those whose scope is certain first, then by metric
 * order of the vocabulary, year and line; the others carry their mark. `byReport` holds each report's
 * region facts (`EntityIndex.regionIndicators`), so the cost is that of the region's own facts.
 */
export function regionFacts(
  vocabulary: IndicatorVocabulary,
  reportIds: readonly string[],
  byReport: ReadonlyMap<string, readonly Indicator[]>,
  views: ReadonlyMap<string, ReportView>,
): IndicatorFact[] {
  const order = new Map(Object.keys(vocabulary.metrics).map((m, i) => [m, i]));
  const rank = (metric: string) => order.get(metric) ?? -1;
  // Facts of one report keep their bundle order; facts of two reports never tie (the report is a key).
  return [...new Set(reportIds)]
    .flatMap((id) => byReport.get(id) ?? [])
    .sort(
      (a, b) =>
        (a.confidence === "certain" ? 0 : 1) - (b.confidence === "certain" ? 0 : 1) ||
        rank(a.metric) - rank(b.metric) ||
        (a.year ?? 0) - (b.year ?? 0) ||
        byCodePoint(a.report, b.report) ||
        a.source.line - b.source.line,
    )
    .flatMap((i) => indicatorFact(i, views));
}

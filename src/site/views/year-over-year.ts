/**
 * Year over year: a headline metric in a report's data year against the year before, as the report itself
 * states it (tables often print the two years side by side) and as the previous report of its series
 * states it. Two reports that state different values for the same year are flagged, never reconciled.
 */
import { normaliseDigits } from "../../lib/numbers.ts";
import type { IndicatorVocabulary, MetricKind, Report } from "../../model/index.ts";
import { drawable, inBaseUnit } from "../../render/charts/indicator-values.ts";
import type { IndicatorFact } from "../entities/indicator-pages.ts";
import type { SeriesPlace } from "./series.ts";

/** What a report contributes: its record and the facts it states about its whole region. */
export interface ReportFigures {
  readonly report: Pick<Report, "id" | "dataYear" | "reportYear">;
  readonly figures: readonly IndicatorFact[];
}

/** A change between two values of one base unit. */
export interface Change {
  /** Later minus earlier, in `unit`. */
  readonly absolute: number;
  /** The base unit (人, 元); `百分点` for a share. */
  readonly unit: string;
  /** Percent of the earlier value; null for a share (its change is in points) or from zero. */
  readonly percent: number | null;
}

/** One headline metric of a report: its value for the data year and the year before. */
export interface MetricYears {
  readonly metric: string;
  /** The metric's Chinese name (`招生人数`). */
  readonly label: string;
  readonly kind: MetricKind;
  /** The data year; `previousYear` is the one before it. */
  readonly year: number;
  readonly current: IndicatorFact;
  /** The previous year's value as this report states it. */
  readonly own: IndicatorFact | null;
  /** The previous year's value as the previous report of the series states it. */
  readonly earlier: IndicatorFact | null;
  /** From the report's own previous-year value, else from the previous report's. */
  readonly change: Change | null;
  /** From the previous report's value, when it differs from the report's own (`conflict`). */
  readonly earlierChange: Change | null;
  /** Both reports state the previous year, with different values. */
  readonly conflict: boolean;
}

/** The year a report's headline describes: its data year, else its report year; null when neither is known. */
export function headlineYear(report: ReportFigures["report"]): number | null {
  return report.dataYear ?? report.reportYear;
}

/** The previous report of a page's series among the pages (null: first of its series, or in none). */
export function previousFigures<T extends ReportFigures>(
  page: { readonly series: SeriesPlace | null },
  pages: readonly T[],
): T | null {
  const id = page.series?.previous?.id;
  return id === undefined ? null : (pages.find((p) => p.report.id === id) ?? null);
}

const baseUnit = (f: IndicatorFact) => inBaseUnit(f.indicator).unit;

/**
 * The value a report gives for a metric and year: a whole-scope, one-year figure whose scope is certain
 * (what a chart would draw), of the same base unit as `near` first, from `near`'s table, then from any table
 * (tables print the exact figure, prose rounds: 2.57万人), then the earliest line.
 */
export function pickFact(
  facts: readonly IndicatorFact[],
  metric: string,
  year: number,
  near: IndicatorFact | null = null,
): IndicatorFact | null {
  const rank = (f: IndicatorFact): number[] => [
    near && baseUnit(f) !== baseUnit(near) ? 1 : 0,
    near?.indicator.source.table && f.indicator.source.table === near.indicator.source.table ? 0 : 1,
    f.indicator.source.table ? 0 : 1,
    f.indicator.source.line,
  ];
  const candidates = facts.filter(
    (f) => f.indicator.metric === metric && f.indicator.year === year && drawable(f.indicator),
  );
  const order = (a: IndicatorFact, b: IndicatorFact) => {
    const [x, y] = [rank(a), rank(b)];
    return x.reduce((d, v, i) => d || v - (y[i] ?? 0), 0);
  };
  return [...candidates].sort(order)[0] ?? null;
}

/** Digits after the decimal point of a number (`62292.99` → 2), at most 3 (base values are rounded so). */
function decimals(value: number): number {
  return Math.min(3, /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0);
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** From `from` to `to`, when both are of one base unit and the metric is not a ratio (a:b has no difference). */
export function change(kind: MetricKind, from: IndicatorFact, to: IndicatorFact): Change | null {
  const [a, b] = [inBaseUnit(from.indicator), inBaseUnit(to.indicator)];
  if (kind === "ratio" || a.unit !== b.unit) return null;
  const absolute = round(b.value - a.value, Math.max(decimals(a.value), decimals(b.value)));
  if (kind === "share") return { absolute, unit: "百分点", percent: null };
  return { absolute, unit: a.unit, percent: a.value === 0 ? null : round(((b.value - a.value) / a.value) * 100, 1) };
}

/**
 * Half the last printed digit, in the base unit: the rounding a printed value may carry. `2.57万人`
 * stands for 25 650–25 750 人, so a table's 25 712 is the same statement, not a different one.
 */
function tolerance(f: IndicatorFact): number {
  const m = /(\d+)(?:\.(\d+))?\s*(万|亿)?/.exec(normaliseDigits(f.indicator.text));
  const scale = m?.[3] === "亿" ? 1e8 : m?.[3] === "万" ? 1e4 : inBaseUnit({ value: 1, unit: f.indicator.unit }).value;
  return (10 ** -(m?.[2]?.length ?? 0) * scale) / 2;
}

/** Whether two facts state the same value (in one base unit, within the rounding of the coarser print). */
export function sameValue(a: IndicatorFact, b: IndicatorFact): boolean {
  const [x, y] = [inBaseUnit(a.indicator), inBaseUnit(b.indicator)];
  return x.unit === y.unit && Math.abs(x.value - y.value) <= Math.max(tolerance(a), tolerance(b)) + 1e-9;
}

/** One metric of a report against the year before; null when the report gives no value for its year. */
function metricYears(
  vocabulary: IndicatorVocabulary,
  metric: string,
  year: number,
  own: ReportFigures,
  previous: ReportFigures | null,
): MetricYears | null {
  const def = vocabulary.metrics[metric];
  const current = pickFact(own.figures, metric, year);
  if (!def || !current) return null;
  const stated = pickFact(own.figures, metric, year - 1, current);
  const earlier = previous ? pickFact(previous.figures, metric, year - 1, current) : null;
  const conflict = stated !== null && earlier !== null && !sameValue(stated, earlier);
  const from = stated ?? earlier;
  return {
    metric,
    label: def.name,
    kind: def.kind,
    year,
    current,
    own: stated,
    earlier,
    change: from ? change(def.kind, from, current) : null,
    earlierChange: conflict && earlier ? change(def.kind, earlier, current) : null,
    conflict,
  };
}

/**
 * The headline metrics (`vocabulary.headline`, in its order) a report gives for its data year, each with
 * the year before from the report itself and from the previous report of its series. Metrics it does not
 * give are absent.
 */
export function headlineYears(
  vocabulary: IndicatorVocabulary,
  own: ReportFigures,
  previous: ReportFigures | null,
): MetricYears[] {
  const year = headlineYear(own.report);
  if (year === null) return [];
  return vocabulary.headline.flatMap((m) => metricYears(vocabulary, m, year, own, previous) ?? []);
}

/** The rows of 与上年比较: the headline metrics with a previous-year value from either report. */
export function yearOverYear(rows: readonly MetricYears[]): MetricYears[] {
  return rows.filter((r) => r.own !== null || r.earlier !== null);
}

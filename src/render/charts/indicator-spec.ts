/**
 * Indicator series → Vega-Lite spec: one metric over the years, one line per scope (region or school),
 * every point linking to where the value was read.
 */
import type { TopLevelSpec } from "vega-lite";

import { byCodePoint as compare } from "../../lib/sort.ts";
import type { Indicator } from "../../model/index.ts";
import { inBaseUnit, linePoints, preferredFirst, sourceCitation, tableLabelOf, yearLabel } from "./indicator-values.ts";
import { AXIS_FORMAT, chartConfig, OFF_LINE, OKABE_ITO, valueLabelLayer, VEGA_LITE_SCHEMA, withUnit } from "./theme.ts";

/** One plotted indicator. */
interface IndicatorDatum {
  readonly year: number;
  /** The year as the axis shows it: `2020`, or a table's school year as printed (`2019-2020`). */
  readonly when: string;
  readonly series: string;
  readonly value: number;
  readonly unit: string;
  readonly label: string;
  readonly text: string;
  readonly href: string;
  readonly source: string;
  readonly onLine: boolean;
}

/** The scope's name as a reader knows it: the school or region, else 全区. */
const scopeName = (i: Indicator): string => i.scope.name ?? i.scope.school ?? "全区";

/** The region before its schools. */
const scopeRank = (i: Indicator): number => (i.scope.kind === "region" ? 0 : 1);

/** `第 N 行，表1-1（<report id>）`: where the value was read, when the caller has no titles to name it by. */
const sourceById = (i: Indicator): string =>
  sourceCitation(i.source.line, i.source.table ? tableLabelOf(i.source.table) : null, i.source.report);

/**
 * The points drawn: the first fact's metric in its base unit, with a year; by year, the region before
 * its schools; one point per value, the line through the preferred one (see `linePoints`).
 */
function plotted(
  indicators: readonly Indicator[],
  sourceUrl: (i: Indicator) => string,
  options: IndicatorChartOptions,
): (IndicatorDatum & { readonly fact: Indicator })[] {
  const [first] = indicators;
  if (!first) return [];
  const unit = inBaseUnit(first).unit;
  const same = indicators.filter((i) => i.metric === first.metric && inBaseUnit(i).unit === unit && i.year !== null);
  const source = options.sourceText ?? sourceById;
  return linePoints(same, scopeName, preferredFirst(options.reportYear ?? (() => 0)))
    .map(({ fact, onLine }) => ({ ...datum(fact, sourceUrl, source), onLine, fact }))
    .sort((a, b) => a.year - b.year || scopeRank(a.fact) - scopeRank(b.fact) || compare(a.series, b.series));
}

function datum(
  i: Indicator,
  sourceUrl: (i: Indicator) => string,
  sourceText: (i: Indicator) => string,
): Omit<IndicatorDatum, "onLine"> {
  const base = inBaseUnit(i);
  return {
    year: i.year ?? 0,
    when: yearLabel(i),
    series: scopeName(i),
    value: base.value,
    unit: base.unit,
    label: i.label,
    text: i.text,
    href: sourceUrl(i),
    source: sourceText(i),
  };
}

/** The axis labels in time order: by year, a school year (2019-2020) before the calendar year it ends in. */
function whens(data: readonly IndicatorDatum[]): string[] {
  const sorted = [...data].sort((a, b) => a.year - b.year || compare(a.when, b.when));
  return [...new Set(sorted.map((d) => d.when))];
}

/** The accessible text: metric, scopes, years, points, extremes. */
function describe(data: readonly IndicatorDatum[], title: string): string {
  const scopes = [...new Set(data.map((d) => d.series))];
  const years = [...new Set(data.map((d) => d.when))];
  const max = data.reduce<IndicatorDatum | null>((m, d) => (!m || d.value > m.value ? d : m), null);
  const min = data.reduce<IndicatorDatum | null>((m, d) => (!m || d.value < m.value ? d : m), null);
  const at = (d: IndicatorDatum | null): string => (d ? `${d.series} ${d.when}年 ${d.text}` : "无");
  return (
    `折线图，${title}：${scopes.length} 个范围（${scopes.join("、")}），${years.length} 个年份，共 ${data.length} 个数据点。` +
    `最大值：${at(max)}；最小值：${at(min)}。每个点链接到其出处。`
  );
}

/** How an indicator chart is named and coloured. */
export interface IndicatorChartOptions {
  /** The metric's name (招生人数); default: the first fact's printed label. */
  readonly name?: string;
  /** Every scope drawn on any indicator chart, in colour order: the same scope, the same colour. */
  readonly scopes?: readonly string[];
  /** Report years: a newer report's value carries the line when two reports disagree (default: none). */
  readonly reportYear?: (id: string) => number;
  /** How a point names its source (`第 947 行，表3-6（<report title>）`); default: by the record ids. */
  readonly sourceText?: (i: Indicator) => string;
}

/**
 * The Vega expression of a point's description, which the page shows as its tooltip (chart-tooltips.js):
 * `范围: 北京市（高职）; 年份: 2019年; 数值（%）: 92.38; 来源: 第 474 行，表2-2（…）`. Vega-Lite's default
 * would list every encoded field under its field name (`when`, `value`, `href`).
 */
function pointDescription(): string {
  const unit = `(datum.unit ? "（" + datum.unit + "）" : "")`;
  return [
    `"范围: " + datum.series`,
    `"; 年份: " + (test(/^\\d{4}(-\\d{4})?$/, datum.when) ? datum.when + "年" : datum.when)`,
    `"; 数值" + ${unit} + ": " + datum.text + (datum.onLine ? "" : "（另一处数值）")`,
    `"; 来源: " + datum.source`,
  ].join(" + ");
}

/**
 * The spec of an indicator series. Indicators of another metric or unit than the first one, and those
 * without a year, are not drawn (a chart has one measure and a year axis). `sourceUrl` gives each
 * point's link: the report page anchor or the table page.
 */
export function indicatorChartSpec(
  indicators: readonly Indicator[],
  sourceUrl: (i: Indicator) => string,
  options: IndicatorChartOptions = {},
): TopLevelSpec {
  const points = plotted(indicators, sourceUrl, options);
  const data = points.map(({ fact: _fact, ...d }) => d);
  const first = indicators[0];
  const unit = first?.unit === "ratio" ? "" : (first?.unit ?? "");
  const title = withUnit(options.name ?? first?.label ?? first?.metric ?? "指标", unit);
  const series = [...new Set(data.map((d) => d.series))];
  const domain = options.scopes?.filter((s) => series.includes(s)).length === series.length ? options.scopes : null;
  const tooltip = [
    { field: "series", type: "nominal", title: "范围" },
    { field: "when", type: "ordinal", title: "年份" },
    { field: "label", type: "nominal", title: "指标（原文）" },
    { field: "text", type: "nominal", title: "数值（原文）" },
    { field: "source", type: "nominal", title: "来源" },
  ] as const;
  // With the site's list of scopes, a scope has the same colour on every metric's chart; the legend lists this chart's.
  const color = {
    field: "series",
    type: "nominal",
    scale: domain ? { domain: [...domain], range: OKABE_ITO } : { range: OKABE_ITO },
    legend: { title: "范围", values: series },
  } as const;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title,
    description: describe(data, title),
    usermeta: {
      metric: first?.metric ?? null,
      sources: points.map((p) => ({ ...p.fact.source, href: p.href })),
    },
    data: { values: data.map((d) => ({ ...d })) },
    width: 480,
    height: 280,
    encoding: {
      // Calendar years and school years (2019-2020) in time order, each as printed.
      x: {
        field: "when",
        type: "ordinal",
        sort: whens(data),
        axis: { title: "年份", labelAngle: 0 },
      },
      y: {
        field: "value",
        type: "quantitative",
        // Whole numbers (schools, people) get whole ticks.
        axis: {
          title: withUnit("数值", unit),
          format: AXIS_FORMAT,
          ...(data.every((d) => Number.isInteger(d.value)) ? { tickMinStep: 1 } : {}),
        },
      },
      color,
    },
    layer: [
      // The line's own label would name only its first point; the points carry the descriptions.
      { transform: [{ filter: "datum.onLine" }], mark: { type: "line", aria: false } },
      {
        mark: { type: "point", filled: true, size: 60, cursor: "pointer" },
        encoding: {
          href: { field: "href" },
          tooltip: [...tooltip],
          description: { value: { expr: pointDescription() } },
          opacity: OFF_LINE,
        },
      },
      // One scope: each value printed above its point (grouped, with the printed decimals).
      ...(series.length === 1 ? [valueLabelLayer(data.filter((d) => d.onLine))] : []),
    ],
    config: chartConfig(),
  };
  return spec;
}

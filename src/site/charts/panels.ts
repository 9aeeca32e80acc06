/**
 * Which of a scope's indicator facts a panel chart draws, and how: per metric, whole-scope figures of
 * one year in the metric's most common base unit, where a series has two years or more (the points and
 * which of them the line goes through: `linePoints`); and where each point links.
 */
import type { Indicator, IndicatorVocabulary, Report } from "../../model/index.ts";
import { urls } from "../../model/urls.ts";
import {
  inBaseUnit,
  inMainUnit,
  linePoints,
  preferredFirst,
  sourceCitation,
  yearLabel,
} from "../../render/charts/indicator-values.ts";
import type { PanelDatum } from "../../render/charts/panel-spec.ts";

/** What a panel chart needs to know about the facts it draws. */
export interface PanelContext {
  readonly vocabulary: IndicatorVocabulary;
  /** The series (line) a fact belongs to. */
  readonly seriesOf: (i: Indicator) => string;
  readonly reportYear: (id: string) => number;
  readonly sourceUrl: (i: Indicator) => string;
  /** How a point names its source: `第 947 行，表3-6（<report title>）` (see {@link indicatorSourceText}). */
  readonly sourceText: (i: Indicator) => string;
}

/**
 * The plotted data of a set of facts: per metric, the drawable facts in the metric's most common base
 * unit; a metric is drawn when one of its series has values for two years or more. A second value for
 * the same series and year (the report disagrees with itself) is a point off the line.
 */
export function panelData(facts: readonly Indicator[], ctx: PanelContext): PanelDatum[] {
  return Object.keys(ctx.vocabulary.metrics).flatMap((metric, order) => {
    const chosen = inMainUnit(facts.filter((i) => i.metric === metric));
    const [first] = chosen;
    if (!first) return [];
    const yearsOf = (series: string) => new Set(chosen.filter((i) => ctx.seriesOf(i) === series).map((i) => i.year));
    if (![...new Set(chosen.map(ctx.seriesOf))].some((s) => yearsOf(s).size >= 2)) return [];
    const label = ctx.vocabulary.metrics[metric]?.labels[0] ?? metric;
    const { unit } = inBaseUnit(first);
    return linePoints(chosen, ctx.seriesOf, preferredFirst(ctx.reportYear)).map(({ fact, onLine }) => ({
      panel: label,
      unit: unit === "ratio" ? "比值" : unit,
      order,
      year: yearLabel(fact),
      series: ctx.seriesOf(fact),
      value: inBaseUnit(fact).value,
      text: fact.text,
      onLine,
      href: ctx.sourceUrl(fact),
      source: ctx.sourceText(fact),
    }));
  });
}

/** Where a point links: its table's page when it was read from a table, else its report. */
export function indicatorSourceUrl(reports: readonly Report[]): (i: Indicator) => string {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return (i) => {
    const report = byId.get(i.source.report);
    const table = i.source.table ? report?.tables.find((t) => t.id === i.source.table) : undefined;
    return table?.url ?? report?.url ?? urls.home();
  };
}

/**
 * How a point names where its value was read: `第 947 行，表3-6（北京高等职业教育质量年度报告 2020）`,
 * the table by its printed number and the report by its title (its id when it is not published).
 */
export function indicatorSourceText(reports: readonly Report[]): (i: Indicator) => string {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return (i) => {
    const report = byId.get(i.source.report);
    const table = i.source.table ? report?.tables.find((t) => t.id === i.source.table) : undefined;
    return sourceCitation(i.source.line, table ? `表${table.number}` : null, report?.title ?? i.source.report);
  };
}

/** What a chart of indicators leaves out, said under it: the rest are in the table beside it. */
export function notDrawn(drawn: number, all: number): string {
  return `图中绘出 ${drawn} 个数值（整体、单一年度、且有两个以上年份的指标）；全部 ${all} 个数值（含部分、比例、多年合计和只有一个年份的指标）见下表`;
}

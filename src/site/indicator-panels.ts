/**
 * Which of a scope's indicator facts a panel chart draws, and how: per metric, whole-scope figures of
 * one year in the metric's most common base unit, where a series has two years or more; one point per
 * value, the line through the preferred one (a table's), a restated value once.
 */
import type { Indicator, IndicatorVocabulary } from "../model/index.ts";
import { drawable, inBaseUnit, isSchoolYear } from "../model/indicator-values.ts";
import type { PanelDatum } from "../render/charts/panel-spec.ts";

/** Code-point order: the same on every machine. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The value that the line goes through when a series gives two for one year: a table's before prose
 * (tables print the exact figure), then the newer report's, then the earlier line.
 */
function preferred(a: Indicator, b: Indicator, reportYear: (id: string) => number): number {
  const fromTable = (i: Indicator) => (i.source.table ? 0 : 1);
  return (
    fromTable(a) - fromTable(b) ||
    reportYear(b.report) - reportYear(a.report) ||
    compare(a.report, b.report) ||
    a.source.line - b.source.line
  );
}

/** What a panel chart needs to know about the facts it draws. */
export interface PanelContext {
  readonly vocabulary: IndicatorVocabulary;
  /** The series (line) a fact belongs to. */
  readonly seriesOf: (i: Indicator) => string;
  readonly reportYear: (id: string) => number;
  readonly sourceUrl: (i: Indicator) => string;
}

/**
 * The plotted data of a set of facts: per metric, the drawable facts in the metric's most common base
 * unit; a metric is drawn when one of its series has values for two years or more. A second value for
 * the same series and year (the report disagrees with itself) is a point off the line.
 */
export function panelData(facts: readonly Indicator[], ctx: PanelContext): PanelDatum[] {
  const metrics = Object.keys(ctx.vocabulary.metrics);
  const out: PanelDatum[] = [];
  metrics.forEach((metric, order) => {
    const own = facts.filter((i) => i.metric === metric && drawable(i));
    const byUnit = new Map<string, Indicator[]>();
    for (const i of own) byUnit.set(inBaseUnit(i).unit, [...(byUnit.get(inBaseUnit(i).unit) ?? []), i]);
    const [unit, chosen] = [...byUnit].sort((a, b) => b[1].length - a[1].length || compare(a[0], b[0]))[0] ?? [];
    if (unit === undefined || !chosen) return;
    const yearsOf = (series: string) => new Set(chosen.filter((i) => ctx.seriesOf(i) === series).map((i) => i.year));
    if (![...new Set(chosen.map(ctx.seriesOf))].some((s) => yearsOf(s).size >= 2)) return;
    const label = ctx.vocabulary.metrics[metric]?.labels[0] ?? metric;
    const panelUnit = unit === "ratio" ? "比值" : unit;
    const sorted = [...chosen].sort(
      (a, b) =>
        (a.year ?? 0) - (b.year ?? 0) || compare(ctx.seriesOf(a), ctx.seriesOf(b)) || preferred(a, b, ctx.reportYear),
    );
    const seen = new Map<string, number[]>();
    for (const i of sorted) {
      const key = `${ctx.seriesOf(i)}\u0000${i.year}`;
      const { value } = inBaseUnit(i);
      const before = seen.get(key) ?? [];
      // The same value again (a table restating the prose) adds nothing; another value is a pale point.
      if (before.includes(value)) continue;
      out.push({
        panel: label,
        unit: panelUnit,
        order,
        // A table's school year keeps its printed name (2019-2020) on the axis.
        year: isSchoolYear(i) && i.period ? i.period : String(i.year ?? ""),
        series: ctx.seriesOf(i),
        value,
        text: i.text,
        onLine: before.length === 0,
        href: ctx.sourceUrl(i),
        source: `${i.source.report} 第 ${i.source.line} 行`,
      });
      seen.set(key, [...before, value]);
    }
  });
  return out;
}

/** What a chart of indicators leaves out, said under it: the rest are in the table beside it. */
export function notDrawn(drawn: number, all: number): string {
  return `图中绘出 ${drawn} 个数值（整体、单一年度、且有两个以上年份的指标）；全部 ${all} 个数值（含部分、比例、多年合计和只有一个年份的指标）见下表`;
}

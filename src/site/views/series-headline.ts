import type { IndicatorVocabulary } from "../../model/index.ts";
import { drawable } from "../../render/charts/indicator-values.ts";
import type { IndicatorFact } from "../entities/indicator-pages.ts";
import { sameValue } from "./year-over-year.ts";

/** One value of a cell and every fact that states it (from one report or several that agree). */
export interface HeadlineValue {
  /** As shown: `2,345人`, `90.23%` (the first fact's). */
  readonly text: string;
  /** The facts that state it, one per report, oldest report first. */
  readonly facts: readonly IndicatorFact[];
}

/** A metric in one data year: one value, or several when the reports disagree. */
export interface HeadlineCell {
  readonly values: readonly HeadlineValue[];
}

/** One headline metric over the years of a series. */
export interface HeadlineRow {
  readonly metric: string;
  /** `招生人数` */
  readonly label: string;
  readonly cells: readonly HeadlineCell[];
}

/** The headline metrics (主要数据) of a series: one row per metric stated, one column per data year. */
export interface HeadlineTable {
  readonly years: readonly number[];
  readonly rows: readonly HeadlineRow[];
}

/**
 * The facts of one metric and year grouped by value (2.57万人 and 25 712人 are one: `sameValue`), in order
 * of first statement; one fact per report a value.
 */
function cellOf(facts: readonly IndicatorFact[]): HeadlineCell {
  const groups: IndicatorFact[][] = [];
  for (const f of facts) {
    const same = groups.find((g) => g[0] !== undefined && sameValue(g[0], f));
    if (!same) groups.push([f]);
    else if (!same.some((g) => g.report.id === f.report.id)) same.push(f);
  }
  return { values: groups.map((own) => ({ text: own[0]?.value ?? "", facts: own })) };
}

/**
 * The headline table of a series from its region-wide facts (`facts`, in the order of `regionFacts`;
 * `reportOrder` the series' report ids oldest first): only a whole-region figure of one year whose scope is
 * certain (what a chart over the years would draw); null when none of the headline metrics is stated.
 */
export function headlineTable(
  vocabulary: IndicatorVocabulary,
  facts: readonly IndicatorFact[],
  reportOrder: readonly string[],
): HeadlineTable | null {
  const rank = (f: IndicatorFact) => reportOrder.indexOf(f.report.id);
  const usable = facts
    .filter((f) => vocabulary.headline.includes(f.indicator.metric))
    .filter((f) => reportOrder.includes(f.report.id) && drawable(f.indicator))
    .sort((a, b) => rank(a) - rank(b) || a.indicator.source.line - b.indicator.source.line);
  const stated = vocabulary.headline.filter((m) => usable.some((f) => f.indicator.metric === m));
  if (stated.length === 0) return null;
  const years = [...new Set(usable.flatMap((f) => (f.indicator.year === null ? [] : [f.indicator.year])))].sort(
    (a, b) => a - b,
  );
  const rows = stated.map((metric) => {
    const own = usable.filter((f) => f.indicator.metric === metric);
    const cells = years.map((y) => cellOf(own.filter((f) => f.indicator.year === y)));
    return { metric, label: vocabulary.metrics[metric]?.name ?? metric, cells };
  });
  return { years, rows };
}

/** The data model of the chart stage: kinds, plotted records and the plan a table gives. */

/**
 * The kinds of chart the rules choose from:
 * - `grouped-bars`: two or three years side by side (or a few series of one unit);
 * - `lines`: more than three years;
 * - `bars`: one series over three or more categories, sorted, horizontal;
 * - `stacked-100`: shares of a whole (满意/一般/不满意, 比例（%）) as 100% stacked bars;
 * - `counts`: a list table counted per category (new specialties per 专业大类);
 * - `panels`: years compared for measures of different units or sizes, one small panel each
 *   (`label` is the year, `series` the measure).
 */
export type ChartKind = "grouped-bars" | "lines" | "bars" | "stacked-100" | "counts" | "panels";

/** One plotted value: `label` is on the category axis, `series` is the colour. */
export interface ChartDatum {
  readonly label: string;
  readonly series: string;
  readonly value: number;
  readonly unit: string;
  /** Position of the series in the table (legend and stack order). */
  readonly order: number;
  /** The value as printed (or the row count for `counts`). */
  readonly text: string;
  /** Source line of the table row the value comes from. */
  readonly line: number;
}

/** A decided chart: the kind, why, and everything the spec needs. */
export interface ChartPlan {
  readonly kind: ChartKind;
  readonly reason: string;
  readonly data: readonly ChartDatum[];
  /** Title of the category axis (the label column's header, 年份…). */
  readonly labelTitle: string;
  /** Title of the colour legend. */
  readonly seriesTitle: string;
  /** Name of the measure, without unit (招生规模, 条目数). */
  readonly valueName: string;
  /** The one unit of the value axis ("" when the table prints none). */
  readonly unit: string;
  /** Rows and columns left out, said in the description. */
  readonly leftOut: readonly string[];
  /** The categories are a scale (grades A+ … C-): bars keep the plan's order instead of sorting by value. */
  readonly ordinal?: boolean;
}

/** No chart for this table, and why. */
export interface NoChart {
  readonly kind: null;
  readonly reason: string;
}

/** What the rules decide for one table. */
export type ChartDecision = ChartPlan | NoChart;

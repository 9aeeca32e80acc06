/**
 * 主要数据: the headline metrics of a report at a glance (its value for the data year, with the change from
 * the year before), and how their numbers and changes are written on the pages.
 */
import { vocabulary } from "../../extract/entities/data.ts";
import { formatNumber, multiplierOf } from "../../lib/numbers.ts";
import type { IndicatorVocabulary } from "../../model/index.ts";
import type { IndicatorFact } from "../entities/indicator-pages.ts";
import type { SeriesPlace } from "./series.ts";
import {
  type Change,
  headlineYear,
  headlineYears,
  type MetricYears,
  previousFigures,
  type ReportFigures,
  yearOverYear,
} from "./year-over-year.ts";

/** A report's headline: the metrics it gives for its year, and the names of those it does not. */
export interface Headline {
  /** The data year (else the report year); null when neither is known, and then nothing is shown. */
  readonly year: number | null;
  readonly figures: MetricYears[];
  /** The Chinese names of the headline metrics the report gives no value for (`专任教师数`). */
  readonly missing: string[];
}

/** The headline of a report, with the previous report of its series for the change when the report lacks one. */
export function headline(
  vocabulary: IndicatorVocabulary,
  own: ReportFigures,
  previous: ReportFigures | null,
): Headline {
  const figures = headlineYears(vocabulary, own, previous);
  const given = new Set(figures.map((f) => f.metric));
  const missing = vocabulary.headline.filter((m) => !given.has(m)).map((m) => vocabulary.metrics[m]?.name ?? m);
  return { year: headlineYear(own.report), figures, missing };
}

/** What a report page shows of its year: 主要数据, 与上年比较 and the previous report they draw on. */
export interface ReportYears<T> {
  readonly headline: Headline;
  readonly comparison: MetricYears[];
  readonly previous: T | null;
}

/**
 * The headline and year-over-year comparison of one report page among all (`pages`, where its previous
 * report is found), with the headline metrics of data/indicators.yaml.
 */
export function reportYears<T extends ReportFigures>(
  page: ReportFigures & { readonly series: SeriesPlace | null },
  pages: readonly T[],
): ReportYears<T> {
  const previous = previousFigures(page, pages);
  const h = headline(vocabulary(), page, previous);
  return { headline: h, comparison: yearOverYear(h.figures), previous };
}

/** A fact's number and unit as the cards show them (`25,700` + `人`); a ratio keeps its printed form. */
export function figureParts(f: IndicatorFact): { number: string; unit: string } {
  const i = f.indicator;
  if (i.ratio || i.unit === "ratio") return { number: i.text, unit: "" };
  return { number: formatNumber(i.value), unit: i.unit };
}

/** `+` or the minus sign (U+2212), so that a fall never reads as a hyphen. */
const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : "0");

/**
 * `+2,031人（+10.5%）`, `−14.27个百分点`: a change in its unit, with its percent when it has one. Given the
 * unit the value is shown in (`106万元`), a change in the base unit is shown in it too (`+6万元`, not
 * `+60,000元`), so the two read together.
 */
export function changeText(c: Change, shownUnit?: string): string {
  const scale = c.unit === "百分点" || shownUnit === undefined ? 1 : multiplierOf(shownUnit);
  const unit = c.unit === "百分点" ? "个百分点" : scale > 1 && shownUnit !== undefined ? shownUnit : c.unit;
  const percent = c.percent === null ? "" : `（${signed(c.percent)}%）`;
  return `${signed(c.absolute / scale)}${unit}${percent}`;
}

/** The year (or school year, 2019-2020) a fact is about, as printed: `2019年`, `2019-2020学年`. */
export function factYear(f: IndicatorFact): string {
  const { period, year } = f.indicator;
  if (period) return `${period}学年`;
  return year === null ? "年份未注明" : `${year}年`;
}

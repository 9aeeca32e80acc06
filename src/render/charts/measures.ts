/**
 * The rules for tables with numeric columns, in order: shares (percentages summing to 100) → one unit
 * per axis → totals → years compared (one panel per measure when one axis does not suit them all) → one
 * series over categories → a few series side by side.
 */
import type { ColumnInfo } from "./columns.ts";
import { withoutUnit, yearOf } from "./numbers.ts";
import { flattens } from "./panel-spec.ts";
import { columnPanels, rowPanels } from "./panels.ts";
import { cell, type DataRow, largestGroup, numberAt } from "./rows.ts";
import { scaleOrder } from "./scales.ts";
import { byYear, cross, seriesNames, showYear } from "./series.ts";
import type { ChartDecision, ChartPlan } from "./types.ts";

/** A numeric column with its resolved unit (header, cells or the row's 单位). */
export interface Measure {
  readonly column: ColumnInfo;
  readonly unit: string;
}

/** Percentages rounded by the report still sum to 100 within this. */
const HUNDRED_TOLERANCE = 1.5;
const MIN_CATEGORIES = 3;
const MAX_GROUPED_CATEGORIES = 12;
const MAX_SERIES = 6;

const near100 = (sum: number): boolean => Math.abs(sum - 100) <= HUNDRED_TOLERANCE;
const sum = (values: readonly (number | null)[]): number => values.reduce<number>((a, v) => a + (v ?? 0), 0);
const titleOf = (column: ColumnInfo): string => withoutUnit(column.name) || "项目";

/** Applies the rules to the measures of the plotted rows. */
export function measuresPlan(
  measures: readonly Measure[],
  rows: readonly DataRow[],
  label: ColumnInfo,
  leftOut: string[],
): ChartDecision {
  const shares = sharesPlan(measures, rows, label, leftOut);
  if (shares) return shares;
  // Years in rows: years across, every measure in its own panel with its own unit.
  const yearColumns = measures.filter((m) => yearOf(m.column.name) !== null);
  if (label.role === "year" && yearColumns.length < 2) return columnPanels(measures, rows, label, leftOut);
  const group = largestGroup(measures, (m) => m.unit);
  for (const m of measures) {
    if (m.unit !== group.key) leftOut.push(`${withoutUnit(m.column.name)}（${m.unit || "无单位"}）单位不同，未绘出`);
  }
  const columns = withoutTotals(
    group.items.map((m) => m.column),
    rows,
    leftOut,
  );
  const base = { unit: group.key, leftOut };
  const years = columns.filter((c) => yearOf(c.name) !== null);
  if (years.length >= 2) return yearsByColumns(years, columns, rows, label, base);
  if (columns.length === 1) return barsPlan(columns[0] as ColumnInfo, rows, label, base);
  return groupedPlan(columns, rows, label, base);
}

/**
 * A column that holds the others: every row's value is at least the sum of the other columns' (专任教师
 * 313 ⊇ 公共基础课 101 + 专业课 106). Needs two other columns and two rows, so that 计划 ≥ 实际 is no whole.
 */
function holdsOthers(column: ColumnInfo, others: readonly ColumnInfo[], rows: readonly DataRow[]): boolean {
  if (others.length < 2) return false;
  const checked = rows.filter((r) => numberAt(r, column) !== null && others.some((o) => numberAt(r, o) !== null));
  return (
    checked.length >= 2 && checked.every((r) => (numberAt(r, column) ?? 0) >= sum(others.map((o) => numberAt(r, o))))
  );
}

/**
 * A 合计 column (by its header, or by holding the others' values) beside its parts: plot the total alone
 * (the parts stack to it), else the whole would stand beside its own parts on one axis.
 */
function withoutTotals(columns: readonly ColumnInfo[], rows: readonly DataRow[], leftOut: string[]): ColumnInfo[] {
  const total =
    columns.find((c) => c.isTotal) ??
    columns.find((c) =>
      holdsOthers(
        c,
        columns.filter((o) => o !== c),
        rows,
      ),
    );
  const parts = columns.filter((c) => c !== total);
  if (!total || parts.length === 0) return [...columns];
  leftOut.push(`分项列（${parts.map((c) => withoutUnit(c.name)).join("、")}）未绘出，只绘${withoutUnit(total.name)}列`);
  return [total];
}

interface Base {
  readonly unit: string;
  readonly leftOut: readonly string[];
}

/** Percentage columns that sum to ~100 in every row (or every column over the rows) → 100% stacked. */
function sharesPlan(measures: readonly Measure[], rows: readonly DataRow[], label: ColumnInfo, leftOut: string[]) {
  const pct = measures.filter((m) => m.unit === "%").map((m) => m.column);
  if (pct.length === 0) return null;
  const names = seriesNames(pct);
  const others = measures.filter((m) => m.unit !== "%").map((m) => withoutUnit(m.column.name));
  const notes = others.length > 0 ? [...leftOut, `非百分比列（${others.join("、")}）未绘出`] : leftOut;
  const plan = { kind: "stacked-100" as const, valueName: "占比", unit: "%", leftOut: notes };
  if (pct.length >= 2 && rows.every((r) => near100(sum(pct.map((c) => numberAt(r, c)))))) {
    const data = cross(rows, pct, "%", (r, _c, i) => ({ label: cell(r, label), series: names[i] ?? "", order: i }));
    const reason = `percentage columns (${names.join(", ")}) sum to 100 in every row`;
    return { ...plan, reason, data, labelTitle: titleOf(label), seriesTitle: "" };
  }
  if (rows.length >= 2 && pct.every((c) => near100(sum(rows.map((r) => numberAt(r, c)))))) {
    const order = new Map(rows.map((r, i) => [r, i]));
    const data = cross(rows, pct, "%", (r, _c, i) => ({
      label: names[i] ?? "",
      series: cell(r, label),
      order: order.get(r) ?? 0,
    }));
    const reason = `each percentage column sums to 100 over the rows (${rows.map((r) => cell(r, label)).join(", ")})`;
    return { ...plan, reason, data, labelTitle: "项目", seriesTitle: titleOf(label) };
  }
  return null;
}

/** Year columns (2019 年, 2020 年): rows on the axis, years as colours; 2–3 years → bars, more → lines. */
function yearsByColumns(
  years: readonly ColumnInfo[],
  columns: readonly ColumnInfo[],
  rows: readonly DataRow[],
  label: ColumnInfo,
  base: Base,
): ChartDecision {
  const sorted = byYear(years);
  const rest = columns.filter((c) => !years.includes(c)).map((c) => withoutUnit(c.name));
  const leftOut = rest.length > 0 ? [...base.leftOut, `非年份列（${rest.join("、")}）未绘出`] : base.leftOut;
  const data = cross(rows, sorted, base.unit, (r, c, i) => ({
    label: cell(r, label),
    series: showYear(c.name),
    order: i,
  }));
  if (
    flattens(
      data,
      (d) => d.label,
      (d) => d.value,
    )
  ) {
    const why = "(one axis would flatten the smaller ones)";
    return rowPanels(sorted, rows, label, () => base.unit, why, leftOut);
  }
  const kind = sorted.length <= 3 ? "grouped-bars" : "lines";
  const reason = `${sorted.length} year columns (${sorted.map((c) => showYear(c.name)).join(", ")}) compared`;
  return { kind, reason, data, labelTitle: titleOf(label), seriesTitle: "年份", valueName: "数值", ...base, leftOut };
}

/** A row that is a part of the row above it (其中：课堂育人满意度). */
const PART_ROW = /^\s*其中/;

/**
 * One series over categories → bars sorted by value; when some rows are parts of others (其中…), the
 * table's order is kept so that each part stays under its whole.
 */
function barsPlan(column: ColumnInfo, rows: readonly DataRow[], label: ColumnInfo, base: Base): ChartDecision {
  if (rows.length < MIN_CATEGORIES) return { kind: null, reason: `one series over only ${rows.length} categories` };
  const name = seriesNames([column])[0] ?? titleOf(column);
  const crossed = cross(rows, [column], base.unit, (r) => ({ label: cell(r, label), series: name, order: 0 }));
  const parts = crossed.some((d) => PART_ROW.test(d.label));
  // Categories on a scale (正高级 … 初级) keep its order; parts (其中…) stay under their whole.
  const scale = parts ? null : scaleOrder(crossed.map((d) => d.label));
  const data = scale ? scale.map((l) => crossed.find((d) => d.label === l)).filter((d) => d !== undefined) : crossed;
  const how = parts ? ", in table order (其中 rows)" : scale ? ", in the order of their scale" : "";
  const reason = `one series (${name}) over ${rows.length} categories${how}`;
  const plan = { kind: "bars" as const, reason, data, labelTitle: titleOf(label), seriesTitle: "", valueName: name };
  return { ...plan, ...base, ...(parts || scale ? { ordinal: true } : {}) };
}

/** A few series of one unit over a few categories → grouped bars; more would be unreadable. */
function groupedPlan(columns: readonly ColumnInfo[], rows: readonly DataRow[], label: ColumnInfo, base: Base) {
  if (rows.length > MAX_GROUPED_CATEGORIES || columns.length > MAX_SERIES) {
    return { kind: null, reason: `${columns.length} series over ${rows.length} categories: too many to compare` };
  }
  const names = seriesNames(columns);
  const data = cross(rows, columns, base.unit, (r, _c, i) => ({
    label: cell(r, label),
    series: names[i] ?? "",
    order: i,
  }));
  const reason = `${columns.length} series of one unit (${names.join(", ")}) over ${rows.length} categories`;
  const plan: ChartPlan = {
    kind: "grouped-bars",
    reason,
    data,
    labelTitle: titleOf(label),
    seriesTitle: "",
    valueName: "数值",
    ...base,
  };
  return plan;
}

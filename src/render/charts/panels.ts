/**
 * Years compared for measures that do not share an axis: small multiples, one panel per measure with its
 * own value axis, the years across. Chosen when a table's rows are different indicators (each row states
 * its unit in a 单位 column: 毕业生人数/人, 就业率/%, 月收入/元), or when one axis would flatten a measure
 * (培训规模 68909 beside 招生 655), and for years in rows (the years belong on the horizontal axis).
 */
import type { ColumnInfo } from "./columns.ts";
import { withoutUnit } from "./numbers.ts";
import type { PanelDatum } from "./panel-spec.ts";
import { cell, type DataRow, numberAt, rowUnit } from "./rows.ts";
import { byYear, rowsByYear, seriesNames, showYear } from "./series.ts";
import type { ChartDatum, ChartDecision, ChartPlan } from "./types.ts";

/** More panels than this would be a wall of small charts; the table reads better. */
export const MAX_PANELS = 16;

/** The plan, or no chart when there are too many panels. */
function plan(data: ChartDatum[], reason: string, labelTitle: string, leftOut: readonly string[]): ChartDecision {
  const panels = new Set(data.map((d) => d.series)).size;
  if (panels > MAX_PANELS) return { kind: null, reason: `${panels} measures: too many panels to compare` };
  const units = [...new Set(data.map((d) => d.unit))];
  const base = { kind: "panels" as const, reason, data, labelTitle, seriesTitle: "指标", valueName: "数值" };
  const result: ChartPlan = { ...base, unit: units.length === 1 ? (units[0] ?? "") : "", leftOut };
  return result;
}

/**
 * Year columns, one panel per row (the row's label names the measure; its unit is the row's 单位 cell,
 * else `unit`). Rows without a number (a group heading such as 毕业生就业去向：) are not panels.
 */
export function rowPanels(
  years: readonly ColumnInfo[],
  rows: readonly DataRow[],
  label: ColumnInfo,
  unitOf: (row: DataRow) => string,
  why: string,
  leftOut: readonly string[],
): ChartDecision {
  const sorted = byYear(years);
  const data = rows.flatMap((row, order) =>
    sorted.flatMap((column) => {
      const value = numberAt(row, column);
      if (value === null) return [];
      const datum: ChartDatum = {
        label: showYear(column.name),
        series: cell(row, label),
        value,
        unit: unitOf(row),
        order,
        text: cell(row, column),
        line: row.line,
      };
      return [datum];
    }),
  );
  const reason = `${sorted.length} year columns compared for ${new Set(data.map((d) => d.series)).size} measures ${why}`;
  return plan(data, reason, "年份", leftOut);
}

/** A row's unit from its 单位 column. */
export const unitFrom =
  (unitColumn: ColumnInfo) =>
  (row: DataRow): string =>
    rowUnit(row, unitColumn);

/** Years in a label column (2019-2020, 2020-2021), one panel per measure column. */
export function columnPanels(
  measures: readonly { column: ColumnInfo; unit: string }[],
  rows: readonly DataRow[],
  label: ColumnInfo,
  leftOut: readonly string[],
): ChartDecision {
  const sorted = rowsByYear(rows, label);
  const names = seriesNames(measures.map((m) => m.column));
  const data = measures.flatMap((m, order) =>
    sorted.flatMap((row) => {
      const value = numberAt(row, m.column);
      if (value === null) return [];
      const datum: ChartDatum = {
        label: showYear(cell(row, label)),
        series: names[order] ?? withoutUnit(m.column.name),
        value,
        unit: m.unit,
        order,
        text: cell(row, m.column),
        line: row.line,
      };
      return [datum];
    }),
  );
  const reason = `${sorted.length} years in the ${withoutUnit(label.name) || "年份"} column, one panel per measure`;
  return plan(data, reason, withoutUnit(label.name) || "年份", leftOut);
}

/** A panels plan's data as panel chart data: one panel per measure, the years across, no links. */
export function panelDataOf(plan: ChartPlan, tableName: string): PanelDatum[] {
  return plan.data.map((d) => ({
    panel: d.series,
    unit: d.unit,
    order: d.order,
    year: d.label,
    series: d.series,
    value: d.value,
    text: d.text,
    onLine: true,
    href: null,
    source: `${tableName} 第 ${d.line} 行`,
  }));
}

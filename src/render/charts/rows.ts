/** The data rows a chart may plot: total rows set apart, each row with its label and source line. */
import { isNoValue } from "../../lib/numbers.ts";
import type { Table } from "../../model/index.ts";
import { type ColumnInfo, isTotalRow } from "./columns.ts";
import { normaliseUnit, parseNumber } from "./numbers.ts";

/** One data row with its source line. */
export interface DataRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** The table's rows split into plottable rows and total/change rows. */
export function splitRows(table: Table): { rows: DataRow[]; totals: DataRow[] } {
  const all = table.rows.map((cells, i) => ({ cells, line: table.rowLines[i] ?? table.line }));
  return { rows: all.filter((r) => !isTotalRow(r.cells)), totals: all.filter((r) => isTotalRow(r.cells)) };
}

/** The trimmed cell of a row. */
export function cell(row: DataRow, column: ColumnInfo): string {
  return (row.cells[column.index] ?? "").trim();
}

/** The number in a row's cell, or null. */
export function numberAt(row: DataRow, column: ColumnInfo): number | null {
  return parseNumber(row.cells[column.index] ?? "");
}

/** Whether any of the columns has a number in this row. */
export function hasNumber(row: DataRow, columns: readonly ColumnInfo[]): boolean {
  return columns.some((c) => numberAt(row, c) !== null);
}

/**
 * The label column: the first text or year column whose cells name each plotted row once
 * (a column with gaps or repeats, such as a merged 学校名称, cannot label bars).
 */
export function labelColumn(columns: readonly ColumnInfo[], rows: readonly DataRow[]): ColumnInfo | null {
  const candidates = columns.filter((c) => c.role === "text" || c.role === "year");
  return (
    candidates.find((c) => {
      const labels = rows.map((r) => cell(r, c));
      return labels.every((l) => l !== "") && new Set(labels).size === labels.length;
    }) ?? null
  );
}

/** The unit a row states in the 单位 column ("" for none or a dash). */
export function rowUnit(row: DataRow, unitColumn: ColumnInfo): string {
  const text = cell(row, unitColumn);
  return isNoValue(text) ? "" : normaliseUnit(text);
}

/**
 * Groups items by a key and returns the largest group (ties: the one seen first) and the others' keys.
 * Used for units: one axis, one unit.
 */
export function largestGroup<T>(
  items: readonly T[],
  key: (item: T) => string,
): { key: string; items: T[]; others: string[] } {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  let best: [string, T[]] = ["", []];
  for (const entry of groups) if (entry[1].length > best[1].length) best = entry;
  return { key: best[0], items: best[1], others: [...groups.keys()].filter((k) => k !== best[0]) };
}

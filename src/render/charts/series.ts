/** Building plotted records from rows × columns, and naming series the way a reader expects. */
import type { ColumnInfo } from "./columns.ts";
import { withoutUnit, yearLabel, yearOf } from "./numbers.ts";
import { cell, type DataRow, numberAt } from "./rows.ts";
import type { ChartDatum } from "./types.ts";

/**
 * Short names for the columns: units dropped, and a part shared by all of them dropped too
 * (`课堂教学满意度/比例（%）` … → `课堂教学满意度`; `试点人数/第一年`, `试点人数/第二年` → `第一年`, `第二年`).
 */
export function seriesNames(columns: readonly ColumnInfo[]): string[] {
  const parts = columns.map((c) => withoutUnit(c.name).split("/"));
  const same = (pick: (p: string[]) => string | undefined): boolean =>
    parts.length > 1 && parts.every((p) => p.length > 1 && pick(p) === pick(parts[0] ?? []));
  if (same((p) => p.at(-1))) return parts.map((p) => p.slice(0, -1).join("/"));
  if (same((p) => p[0])) return parts.map((p) => p.slice(1).join("/"));
  return parts.map((p, i) => {
    const name = p.join("/") || columns[i]?.name || `列${i + 1}`;
    return yearOf(name) === null ? name : yearLabel(name);
  });
}

/** One datum per row × column that holds a number; `label`/`series` say which is which. */
export function cross(
  rows: readonly DataRow[],
  columns: readonly ColumnInfo[],
  unit: string,
  pick: (row: DataRow, column: ColumnInfo, columnIndex: number) => { label: string; series: string; order: number },
): ChartDatum[] {
  return rows.flatMap((row) =>
    columns.flatMap((column, i) => {
      const value = numberAt(row, column);
      if (value === null) return [];
      return [{ ...pick(row, column, i), value, unit, text: cell(row, column), line: row.line }];
    }),
  );
}

/** Columns ordered by the year their header names. */
export function byYear(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return [...columns].sort((a, b) => (yearOf(a.name) ?? 0) - (yearOf(b.name) ?? 0));
}

/** Rows ordered by the year their label names. */
export function rowsByYear(rows: readonly DataRow[], label: ColumnInfo): DataRow[] {
  return [...rows].sort((a, b) => (yearOf(cell(a, label)) ?? 0) - (yearOf(cell(b, label)) ?? 0));
}

/** A year header or label as shown (`2019 年` → `2019年`). */
export const showYear = yearLabel;

/**
 * What each column of a table holds, read from its data cells (never from which report it is):
 * a row index, an identifier, the 单位 column of an indicator table, years, numbers or text.
 */
import { isNoValue } from "../../lib/numbers.ts";
import type { Table } from "../../model/index.ts";
import { cellUnit, headerUnit, parseNumber, yearOf } from "./numbers.ts";

/** The role of a column for charting. */
export type ColumnRole = "index" | "id" | "unit" | "year" | "number" | "text" | "empty";

/** One column: its name, role and the unit its header (or its cells) print. */
export interface ColumnInfo {
  readonly index: number;
  readonly name: string;
  readonly role: ColumnRole;
  /** Unit from the header bracket, else from the cells (96.5%), else null. */
  readonly unit: string | null;
  /** Whether the header names a total (合计/总计): a sum of the other columns. */
  readonly isTotal: boolean;
}

/** A column is numeric when at least this share of its non-empty data cells are numbers. */
export const NUMERIC_SHARE = 0.8;

/** Headers of columns that identify rather than measure (序号, 专业代码, 学制…). */
const ID_HEADER = /序号|编号|代码|学制|邮编|电话|^id$/i;
const UNIT_HEADER = /^(?:计量)?单位$/;
const TOTAL_HEADER = /^(?:合计|总计|小计|共计)$/;
/** A row whose first printed cell says it sums or compares the others. */
const TOTAL_ROW = /^(?:合计|总计|小计|共计|累计|总数)|增量|变化|增减|同比|环比/;

/** Whether a data row is a total or change row (合计, 总计, 增量, …变化情况): kept out of the plotted data. */
export function isTotalRow(row: readonly string[]): boolean {
  const first = row.find((cell) => cell.trim() !== "");
  return first !== undefined && TOTAL_ROW.test(first.replace(/\s+/g, ""));
}

/** The cells of column `i` over the given rows. */
export function cellsOf(rows: readonly (readonly string[])[], i: number): string[] {
  return rows.map((row) => row[i] ?? "");
}

/** Whether the numbers are 1, 2, 3… in order: a row index, whatever the header says. */
function isSequence(values: readonly number[]): boolean {
  return values.length >= 2 && values.every((v, i) => v === i + 1);
}

/** Classifies the column from its header and its cells over the data rows (total rows left out). */
export function classifyColumn(name: string, i: number, rows: readonly (readonly string[])[]): ColumnInfo {
  const present = cellsOf(rows, i).filter((cell) => !isNoValue(cell));
  const last = (name.split("/").at(-1) ?? name).replace(/\s+/g, "");
  const base = { index: i, name, unit: headerUnit(name), isTotal: TOTAL_HEADER.test(last) };
  if (UNIT_HEADER.test(name.replace(/\s+/g, ""))) return { ...base, role: "unit" };
  if (present.length === 0) return { ...base, role: "empty" };
  const numbers = present.map(parseNumber);
  const numeric = numbers.filter((n): n is number => n !== null);
  if (ID_HEADER.test(name) || (i === 0 && numeric.length === present.length && isSequence(numeric))) {
    return { ...base, role: ID_HEADER.test(name) && !/序号/.test(name) ? "id" : "index" };
  }
  if (present.every((cell) => yearOf(cell) !== null)) return { ...base, role: "year" };
  if (numeric.length / present.length >= NUMERIC_SHARE) {
    return { ...base, role: "number", unit: base.unit ?? majorityCellUnit(present) };
  }
  return { ...base, role: "text" };
}

/** The unit most cells print (`96.5%`), when more than half print one. */
function majorityCellUnit(cells: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const unit of cells.map(cellUnit)) if (unit) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > cells.length ? best[0] : null;
}

/** Every column of the table classified over its non-total data rows. */
export function classifyColumns(table: Table): ColumnInfo[] {
  const rows = table.rows.filter((row) => !isTotalRow(row));
  return table.columns.map((name, i) => classifyColumn(name, i, rows));
}

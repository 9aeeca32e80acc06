import { type Finding, finding } from "../../model/index.ts";
import { isNumeric } from "./cells.ts";

/*
 * A table with a 单位 column (序号 | 指标 | 单位 | 2019 年 | 2020 年) sometimes prints a sub-block one
 * column to the right: a merged `其中` cell takes the 指标 column, the item name lands in 单位, its unit
 * under the first year and its number under the second. The table's own shape says so: the cell under
 * 单位 is no unit the column uses elsewhere, the next cell is one, and the rest are numbers. Such a row
 * is put back by joining the label to the item (其中：技术技能培训服务) and moving the rest one column
 * left. A row that looks shifted but whose cells do not fit that shape is kept and reported.
 */

const UNIT_HEADER = /^(计量)?单位$/;

/** The column headed 单位 (not the first: a label must stand left of it), or -1. */
function unitColumn(columns: readonly string[]): number {
  const last = (name: string) => name.split("/").at(-1)?.trim() ?? "";
  return columns.findIndex((name, j) => j > 0 && UNIT_HEADER.test(last(name)));
}

/** The units the column prints in rows that read normally (a number or dash right after the unit). */
function unitVocabulary(rows: readonly (readonly string[])[], u: number): Set<string> {
  const units = rows.filter((r) => r[u] !== "" && isNumeric(r[u + 1] ?? "")).map((r) => r[u] ?? "");
  return new Set(units.filter((x) => !isNumeric(x)));
}

/** True when the row prints a unit one column right of the 单位 column, and an item name in it. */
function looksShifted(row: readonly string[], u: number, units: ReadonlySet<string>): boolean {
  const item = row[u] ?? "";
  return item !== "" && !units.has(item) && units.has(row[u + 1] ?? "");
}

/** True when moving the row one column left leaves numbers (or blanks) under every value column. */
function fitsShifted(row: readonly string[], u: number): boolean {
  return !isNumeric(row[u] ?? "") && row.slice(u + 2).every((c) => c === "" || isNumeric(c));
}

/** `其中` + `技术技能培训服务` → `其中：技术技能培训服务`; a blank label (the merged cell continued) takes `carried`. */
function joinLabel(label: string, item: string): string {
  if (label === "") return item;
  return /[：:]$/.test(label) ? `${label}${item}` : `${label}：${item}`;
}

/** The rows with the cells from the label to the end moved one column left. */
function shiftLeft(row: readonly string[], u: number, label: string): string[] {
  return [...row.slice(0, u - 1), joinLabel(label, row[u] ?? ""), ...row.slice(u + 1), ""];
}

/** The repaired rows, and a finding per shifted row (repaired or kept). */
export interface ShiftRepair {
  readonly rows: string[][];
  readonly findings: Finding[];
}

/**
 * Puts rows printed one column to the right back under their columns, when the table's 单位 column
 * makes the repair unambiguous; other shifted-looking rows are kept as printed, with a warning.
 */
export function repairShiftedRows(
  number: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  lines: readonly number[],
): ShiftRepair {
  const u = unitColumn(columns);
  if (u < 1) return { rows: rows.map((r) => [...r]), findings: [] };
  const units = unitVocabulary(rows, u);
  const findings: Finding[] = [];
  const moved: number[] = [];
  let carried = "";
  const repaired = rows.map((row, r) => {
    const line = lines[r] ?? 0;
    if (!looksShifted(row, u, units)) {
      carried = "";
      return [...row];
    }
    if (!fitsShifted(row, u)) {
      findings.push(finding("table-row-shifted", { number }, line));
      return [...row];
    }
    // A blank label inside a run of shifted rows continues the merged label above it (其中).
    carried = row[u - 1] !== "" ? (row[u - 1] ?? "") : carried;
    moved.push(line);
    return shiftLeft(row, u, carried);
  });
  // One notice per table, at the first row moved: the rows of a shifted block share one cause.
  if (moved.length > 0)
    findings.push(finding("table-row-shift-repaired", { number, rows: moved.length }, moved[0] ?? 0));
  return { rows: repaired, findings };
}

import type { TableMerge } from "../../model/index.ts";
import { isNumeric } from "./cells.ts";

/*
 * Merged cells (rowspans) are printed on the group's first row only; the rows
 * below leave the cell empty. A reader or a record extractor wants every row
 * self-contained, so group labels are carried down. A column is a rowspan
 * group column when:
 *   - it is not a numbering column (header 序号/编号/No., or integer values),
 *     and not a remarks column (header 备注/说明/注): their blanks mean "none";
 *   - its values are text, not numbers (a blank number is missing data);
 *   - the first data row has a value (the group starts with its label), the
 *     column holds at least two different labels (one label alone, 是 over
 *     blanks, is a yes/no column), and some label follows a blank: blanks
 *     only at the bottom are a list that ran out (a category grid), and a single
 *     value over blanks is a genuinely empty cell, not a group;
 *   - no label repeats the label just above it: a merged cell would have covered
 *     both rows, so `是 / 是 / (blank)` is a yes/no column and `元 / 元` a unit column.
 * Labels are not carried into total rows (合计/总计/小计), and a blank only
 * continues its group while the group columns to its left continue theirs.
 */

const NUMBERING = /^(序号|编号|No\.?|#)$/i;
const REMARKS = /备注|说明|^注$/;
const TOTAL = /^(合\s*计|总\s*计|小\s*计)$/;

/** True for a numbering column (序号, 编号, No.): its blanks mean "no number", and it names no row. */
export function isNumberingColumn(name: string): boolean {
  return NUMBERING.test(name.trim());
}

/** True when some label comes after a blank (the blanks sit between groups, not only at the bottom). */
function labelAfterBlank(values: readonly string[]): boolean {
  const firstBlank = values.indexOf("");
  return firstBlank >= 0 && values.slice(firstBlank).some((v) => v !== "");
}

/** True when a label is printed again in the row right below it. */
function repeatsLabel(values: readonly string[]): boolean {
  return values.some((v, i) => i > 0 && v !== "" && values[i - 1] === v);
}

/** True for a column whose blanks continue the label above them. */
export function isGroupColumn(name: string, values: readonly string[]): boolean {
  if (isNumberingColumn(name) || REMARKS.test(name)) return false;
  const filled = values.filter((v) => v !== "");
  if (new Set(filled).size < 2 || filled.length === values.length || values[0] === "") return false;
  if (!labelAfterBlank(values) || repeatsLabel(values)) return false;
  return !filled.some(isNumeric) && !filled.every((v) => /^\d+\.?$/.test(v));
}

/** The rows with group labels carried down, and the merged regions that carried them. */
export interface Rowspans {
  readonly rows: string[][];
  readonly merges: TableMerge[];
}

/**
 * Rows with rowspan group labels carried down into the blank cells below them,
 * and one body merge per label that covers more than its own row.
 */
export function fillRowspans(columns: readonly string[], rows: readonly (readonly string[])[]): Rowspans {
  const groups = columns.flatMap((name, j) =>
    isGroupColumn(
      name,
      rows.map((r) => r[j] ?? ""),
    )
      ? [j]
      : [],
  );
  const filled = rows.map((row) => [...row]);
  const merges: TableMerge[] = [];
  const open = new Map<number, TableMerge>();
  const close = (j: number) => {
    const m = open.get(j);
    if (m && m.rows > 1) merges.push(m);
    open.delete(j);
  };
  rows.forEach((row, r) => {
    const total = row.some((c) => TOTAL.test(c));
    let restarted = false;
    for (const j of groups) {
      const cell = row[j] ?? "";
      const current = open.get(j);
      if (cell === "" && !total && !restarted && current) {
        current.rows++;
        filled[r]![j] = filled[current.row]![j] ?? "";
        continue;
      }
      // A new label, a total row or a new group to the left ends the group above.
      close(j);
      if (cell !== "") open.set(j, { part: "body", row: r, column: j, rows: 1, columns: 1 });
      restarted ||= cell !== "";
    }
  });
  for (const j of groups) close(j);
  return { rows: filled, merges: merges.sort((a, b) => a.row - b.row || a.column - b.column) };
}

/** Rows with rowspan group labels carried down into the blank cells below them. */
export function fillMergedCells(columns: readonly string[], rows: readonly (readonly string[])[]): string[][] {
  return fillRowspans(columns, rows).rows;
}

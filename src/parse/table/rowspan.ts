import { isNumeric } from "./cells.ts";

/*
 * Merged cells (rowspans) are printed on the group's first row only; the rows
 * below leave the cell empty. Parsed rows keep them empty, as printed. For a
 * reader or a record extractor that wants every row self-contained, this
 * carries group labels down. A column is a rowspan group column when:
 *   - it is not a numbering column (header 序号/编号/No., or integer values),
 *     and not a remarks column (header 备注/说明/注): their blanks mean "none";
 *   - its values are text, not numbers (a blank number is missing data);
 *   - the first data row has a value (the group starts with its label) and the
 *     column holds at least two labels and at least one blank: a column with a
 *     single value over blanks is a genuinely empty cell, not a group.
 * Labels are not carried into total rows (合计/总计/小计).
 */

const NUMBERING = /^(序号|编号|No\.?|#)$/i;
const REMARKS = /备注|说明|^注$/;
const TOTAL = /^(合\s*计|总\s*计|小\s*计)$/;

/** True for a column whose blanks continue the label above them. */
export function isGroupColumn(name: string, values: readonly string[]): boolean {
  if (NUMBERING.test(name.trim()) || REMARKS.test(name)) return false;
  const filled = values.filter((v) => v !== "");
  if (filled.length < 2 || filled.length === values.length || values[0] === "") return false;
  return !filled.some(isNumeric) && !filled.every((v) => /^\d+\.?$/.test(v));
}

/** Rows with rowspan group labels carried down into the blank cells below them. */
export function fillMergedCells(columns: readonly string[], rows: readonly (readonly string[])[]): string[][] {
  const groups = columns.map((name, j) =>
    isGroupColumn(
      name,
      rows.map((r) => r[j] ?? ""),
    ),
  );
  const carried = columns.map(() => "");
  return rows.map((row) => {
    const total = row.some((c) => TOTAL.test(c));
    return row.map((cell, j) => {
      if (!groups[j]) return cell;
      if (cell !== "") return (carried[j] = cell);
      return total ? cell : (carried[j] ?? "");
    });
  });
}

import type { Finding, TableMerge, TableValue } from "../../model/index.ts";
import type { ParsedTable } from "../types.ts";
import { headerMerges } from "./header-spans.ts";
import { fillRowspans } from "./rowspan.ts";
import { repairShiftedRows } from "./shifted-rows.ts";
import { tableValues } from "./values.ts";

/** A table's cells as data: self-contained rows, the cells as printed, merged regions and typed values. */
export interface TableContent {
  readonly rows: string[][];
  readonly printed: string[][];
  readonly merges: TableMerge[];
  readonly values: (TableValue | null)[][];
  readonly findings: Finding[];
}

/**
 * Reads a parsed table as data: shifted rows put back (when the shape makes it unambiguous), group
 * labels printed once carried into every row of their group, and every cell's number and unit.
 */
export function tableContent(table: ParsedTable, number: string, caption: string): TableContent {
  const repair = repairShiftedRows(number, table.columns, table.rows, table.rowLines);
  const { rows, merges } = fillRowspans(table.columns, repair.rows);
  return {
    rows,
    printed: table.rows,
    merges: [...headerMerges(table.header), ...merges],
    values: tableValues(rows, { columns: table.columns, caption, note: table.note }),
    findings: repair.findings,
  };
}

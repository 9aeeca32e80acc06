/**
 * The chart rules: from a table's data alone, decide whether it makes a chart, which kind, and what is
 * plotted. Pure; no table or report is special-cased.
 */
import type { Table } from "../../model/index.ts";
import { classifyColumns, type ColumnInfo } from "./columns.ts";
import { categoryColumn, countsPlan } from "./counts.ts";
import { type Measure, measuresPlan } from "./measures.ts";
import { yearLabel, yearOf } from "./numbers.ts";
import { rowPanels, unitFrom } from "./panels.ts";
import { type DataRow, hasNumber, labelColumn, largestGroup, rowUnit, splitRows } from "./rows.ts";
import type { ChartDecision, ChartKind, NoChart } from "./types.ts";

const none = (reason: string): NoChart => ({ kind: null, reason });

/** The first printed cell of a row, for saying which total rows were left out. */
const firstCell = (row: DataRow): string => row.cells.find((c) => c.trim() !== "")?.trim() ?? "";

/** A row of one sex (女, 其中：女), the statistical tables' "of which women" line under the total. */
const SEX_ROW = /^(?:其中[：:]?)?(?:女|男)性?$/;

/**
 * In a table with a total row, a lone 女 (or 男) row is a part of the total, not a category beside the
 * others (总计 313, 女 255, 正高级 2, 副高级 135…): it is left out and said so. Both 男 and 女 rows are a
 * classification of their own and stay.
 */
function withoutSexRow(rows: readonly DataRow[], totals: readonly DataRow[], leftOut: string[]): DataRow[] {
  const sex = rows.filter((r) => SEX_ROW.test(firstCell(r)));
  const [row] = sex;
  if (totals.length === 0 || sex.length !== 1 || !row) return [...rows];
  leftOut.push(`${firstCell(row)}行（总计的其中项）未绘出`);
  return rows.filter((r) => r !== row);
}

/**
 * Decides the chart of a table: a plan (kind, reason, plotted records, axis titles, what was left out)
 * or `{kind: null, reason}`.
 */
export function decideChart(table: Table): ChartDecision {
  if (!table.hasBody || table.rows.length === 0) return none("the table has no body");
  const columns = classifyColumns(table);
  const split = splitRows(table);
  const { totals } = split;
  const leftOut = totals.length > 0 ? [`${totals.map(firstCell).join("、")}行（合计或变化）未绘出`] : [];
  const rows = withoutSexRow(split.rows, totals, leftOut);
  for (const c of columns)
    if (c.role === "text" && yearOf(c.name) !== null) leftOut.push(`${yearLabel(c.name)}列不全是数字，未绘出`);
  const measures = columns.filter((c) => c.role === "number");
  if (measures.length === 0) {
    const category = categoryColumn(columns, rows);
    return category
      ? countsPlan(category, rows, leftOut)
      : none("no numeric column, and no category column that repeats");
  }
  return decideMeasures(columns, measures, rows, leftOut);
}

/** The kind only, with why; null when the table makes no chart. See {@link decideChart} for the reason. */
export function chartKind(table: Table): { kind: ChartKind; reason: string } | null {
  const decision = decideChart(table);
  return decision.kind === null ? null : { kind: decision.kind, reason: decision.reason };
}

/** Rows with numbers → one unit per axis → a label column → the measures rule. */
function decideMeasures(
  columns: readonly ColumnInfo[],
  measures: readonly ColumnInfo[],
  rows: readonly DataRow[],
  leftOut: string[],
): ChartDecision {
  let plotted = rows.filter((r) => hasNumber(r, measures));
  if (plotted.length === 0) return none("no data row has a number");
  if (plotted.length === 1) {
    const units = new Set(measures.map((m) => m.unit ?? ""));
    return none(
      units.size > 1
        ? `a single data row with mixed units (${[...units].map((u) => u || "none").join(", ")})`
        : "a single data row: a key/value list, not a series",
    );
  }
  const unitColumn = columns.find((c) => c.role === "unit");
  const years = measures.filter((m) => yearOf(m.name) !== null);
  if (unitColumn && years.length >= 2) {
    // Rows that state their own unit are different indicators: each gets its panel and keeps its unit.
    const label = labelColumn(columns, plotted);
    if (label) return rowPanels(years, plotted, label, unitFrom(unitColumn), "(each row states its unit)", leftOut);
  }
  let rowUnitKey: string | null = null;
  if (unitColumn) {
    const perRow = measures.filter((m) => m.unit === null);
    const group = largestGroup(
      plotted.filter((r) => hasNumber(r, perRow)),
      (r) => rowUnit(r, unitColumn),
    );
    if (group.others.length > 0) leftOut.push(`单位为${group.others.map((u) => u || "无").join("、")}的行未绘出`);
    plotted = group.items;
    rowUnitKey = group.key;
  }
  const label = labelColumn(columns, plotted);
  if (!label) return none("no column names each plotted row once (labels repeat or are missing)");
  const resolved: Measure[] = measures.map((column) => ({ column, unit: column.unit ?? rowUnitKey ?? "" }));
  return measuresPlan(resolved, plotted, label, leftOut);
}

/**
 * What each column of a table is, read from its header path (`2021年/人数`, `招生规模（人）`) and its cells:
 * a year (`2021年`, `2021 年`, `2020-2021学年`), a change (增长量, 增长率, 同比), the 单位 column, a column
 * of labels (mostly text) or a column of values, and the metric its header names.
 */
import { readNumber, readYear } from "../../lib/numbers.ts";
import type { Table } from "../../model/index.ts";
import { unitInBrackets } from "./table-units.ts";
import type { Labels, TableMatch } from "./vocabulary.ts";

/** Words that make a column or row a change from one year to another, not a level. */
export const CHANGE = /增长|增量|增减|增幅|变化|变动|同比|比上年|较上年|相对|差值/;

/** One column as the extractor sees it. */
export interface ColumnInfo {
  readonly index: number;
  readonly path: readonly string[];
  readonly year: { year: number; period: string | null } | null;
  readonly change: boolean;
  readonly isUnit: boolean;
  /** Mostly text cells: a column of labels (indicator names, school names, years as text). */
  readonly isLabel: boolean;
  /** The metric the header names, if any (the deepest path segment that names one). */
  readonly metric: TableMatch | null;
  /** The unit the header prints (`（人）`, `比例（%）`), if any. */
  readonly unit: string | null;
}

/** Share of non-empty cells that are numbers. */
function numericShare(table: Table, i: number): number {
  const cells = table.rows.map((r) => (r[i] ?? "").trim()).filter((c) => c !== "" && !/^[—–\-－/／]+$/.test(c));
  if (cells.length === 0) return 0;
  return cells.filter((c) => readNumber(c, { units: ["%", "万", "亿", "万元", "元", "人"] })).length / cells.length;
}

/** The columns of a table. */
export function columnsOf(table: Table, labels: Labels): ColumnInfo[] {
  return table.columns.map((name, index) => {
    const path = name.split("/").map((s) => s.trim());
    const yearSegment = path.map((s) => readYear(s)).find((y) => y !== null) ?? null;
    const others = path.filter((s) => !readYear(s));
    const metric = [...others].reverse().reduce<TableMatch | null>((m, s) => m ?? labels.forTableLabel(s), null);
    const unit = [...path].reverse().reduce<string | null>((u, s) => u ?? unitInBrackets(s), null);
    return {
      index,
      path,
      year: yearSegment,
      change: path.some((s) => CHANGE.test(s)),
      isUnit: path.at(-1)?.replace(/\s+/g, "") === "单位",
      isLabel: !yearSegment && table.rows.length > 0 && numericShare(table, index) < 0.5,
      metric,
      unit,
    };
  });
}

/** The rule for list tables: no numbers, but a category column that repeats → rows counted per category. */
import type { ColumnInfo } from "./columns.ts";
import { withoutUnit } from "./numbers.ts";
import { cell, type DataRow } from "./rows.ts";
import { scaleOrder } from "./scales.ts";
import type { ChartPlan } from "./types.ts";

/** Headers that name a classification (专业大类, 类别, 教育层次, 等级, 奖项…), not a name or a title. */
const CATEGORY_HEADER = /类|层次|等级|级别|性质|结论|奖项|方式|地区|区域|国家|省份|来源/;
/** Fewer categories than this make no bar chart worth drawing. */
const MIN_CATEGORIES = 3;

/**
 * The category column of a list table: its header names a classification, every row has a value (a gap
 * means merged cells, which we do not guess), it has at least three values and each repeats on average.
 */
export function categoryColumn(columns: readonly ColumnInfo[], rows: readonly DataRow[]): ColumnInfo | null {
  return (
    columns.find((c) => {
      if (c.role !== "text" || !CATEGORY_HEADER.test(c.name)) return false;
      const values = rows.map((r) => cell(r, c));
      const distinct = new Set(values).size;
      return values.every((v) => v !== "") && distinct >= MIN_CATEGORIES && distinct * 2 <= values.length;
    }) ?? null
  );
}

/**
 * Counts rows per value of the category column, in order of first appearance; categories on a scale
 * (grades A+ … C-, 正高级 … 初级) keep the scale's order rather than being sorted by count.
 */
export function countsPlan(column: ColumnInfo, rows: readonly DataRow[], leftOut: readonly string[]): ChartPlan {
  const counts = new Map<string, { n: number; line: number }>();
  for (const row of rows) {
    const key = cell(row, column);
    const seen = counts.get(key);
    counts.set(key, { n: (seen?.n ?? 0) + 1, line: seen?.line ?? row.line });
  }
  const order = scaleOrder([...counts.keys()]);
  const ordinal = order !== null;
  const entries = order ? order.map((k) => [k, counts.get(k) ?? { n: 0, line: 0 }] as const) : [...counts];
  const data = entries.map(([label, { n, line }]) => ({
    label,
    series: "条目数",
    value: n,
    unit: "行",
    order: 0,
    text: String(n),
    line,
  }));
  const name = withoutUnit(column.name);
  return {
    kind: "counts",
    reason: `no numeric column; rows counted per ${name} (${counts.size} categories, ${rows.length} rows)`,
    data,
    labelTitle: name,
    seriesTitle: "",
    valueName: "条目数",
    unit: "",
    leftOut,
    ...(ordinal ? { ordinal } : {}),
  };
}

/**
 * Indicators from tables, in three shapes: indicator rows (a 指标 column and year columns, with 单位),
 * year rows (a 年份/年度 column and metric columns), and key/value rows (one row, or a 总计/数据 row,
 * under metric columns; the year from the caption or the report).
 */
import { readYear } from "../../lib/numbers.ts";
import { squash } from "../../lib/text.ts";
import type { Report, Table } from "../../model/index.ts";
import type { IndicatorFact } from "./indicator-fact.ts";
import { statedYear } from "./indicator-fact.ts";
import { parseCell } from "./numbers.ts";
import type { SchoolMatcher } from "./school-matcher.ts";
import type { LabelEntry, Labels } from "./vocabulary.ts";

const unitInBrackets = (s: string): string | null => {
  const m = /[（(]([^（）()]+)[）)]\s*$/.exec(s.replace(/\s+/g, ""));
  return m ? (m[1] as string) : null;
};

interface Ctx {
  readonly table: Table;
  readonly labels: Labels;
  readonly school: string | null;
  readonly dataYear: number | null;
}

/** One fact from a cell, if the cell holds a number and the unit suits the metric. */
function cellFact(
  ctx: Ctx,
  entry: LabelEntry,
  label: string,
  cell: string,
  printedUnit: string | null,
  at: { row: number; col: number; year: number | null; period: string | null },
): IndicatorFact | null {
  const parsed = parseCell(cell);
  if (!parsed) return null;
  const unit =
    parsed.unit ??
    (printedUnit && printedUnit !== "—" ? printedUnit.replace(/\s+/g, "") : null) ??
    entry.units[0] ??
    "";
  if (!entry.units.includes(unit)) return null;
  return {
    metric: entry.metric,
    label: label.replace(/\s+/g, ""),
    year: at.year,
    period: at.period,
    value: parsed.value,
    unit,
    ratio: parsed.ratio ? [parsed.ratio[0], parsed.ratio[1]] : null,
    text: parsed.text,
    school: ctx.school,
    qualifier: null,
    line: ctx.table.rowLines[at.row] ?? ctx.table.line,
    table: ctx.table.id,
    row: at.row,
    column: ctx.table.columns[at.col] ?? null,
  };
}

/** Indicator rows: label in the 指标 column (or the cell after a number), one value per year column. */
function indicatorRows(
  ctx: Ctx,
  labelCol: number,
  yearCols: { i: number; year: number; period: string | null }[],
): IndicatorFact[] {
  const unitCol = ctx.table.columns.findIndex((c) => c.replace(/\s+/g, "") === "单位");
  const out: IndicatorFact[] = [];
  ctx.table.rows.forEach((row, r) => {
    let label = row[labelCol] ?? "";
    if (/^\d*\.?$/.test(label.trim())) label = row[labelCol + 1] ?? "";
    const entry = ctx.labels.forTableLabel(label);
    if (!entry) return;
    for (const y of yearCols) {
      const f = cellFact(ctx, entry, label, row[y.i] ?? "", unitCol === -1 ? null : (row[unitCol] ?? null), {
        row: r,
        col: y.i,
        year: y.year,
        period: y.period,
      });
      if (f) out.push(f);
    }
  });
  return out;
}

/** Rows keyed by year (or by a total/data label): each metric column gives one fact per row. */
function columnFacts(
  ctx: Ctx,
  rowYear: (row: readonly string[]) => { year: number | null; period: string | null } | null,
): IndicatorFact[] {
  const out: IndicatorFact[] = [];
  const metricCols = ctx.table.columns.map((c, i) => ({ c, i, entry: ctx.labels.forTableLabel(c) }));
  ctx.table.rows.forEach((row, r) => {
    const y = rowYear(row);
    if (!y) return;
    for (const { c, i, entry } of metricCols) {
      const f = entry ? cellFact(ctx, entry, c, row[i] ?? "", unitInBrackets(c), { row: r, col: i, ...y }) : null;
      if (f) out.push(f);
    }
  });
  return out;
}

const TOTAL_ROW = /^(总计|合计|数据|全区|全市|总数|合计数)$/;

/** Every indicator of one table. */
export function tableIndicators(
  table: Table,
  labels: Labels,
  matcher: SchoolMatcher,
  dataYear: number | null,
): IndicatorFact[] {
  const school = matcher.scan(squash(table.caption))[0]?.key ?? null;
  const ctx: Ctx = { table, labels, school, dataYear };
  const yearCols = table.columns.flatMap((c, i) => {
    const y = readYear(c);
    return y ? [{ i, ...y }] : [];
  });
  const labelCol = table.columns.findIndex((c) => /^指标(名称)?$/.test(c.replace(/\s+/g, "")));
  if (yearCols.length > 0 && labelCol !== -1) return indicatorRows(ctx, labelCol, yearCols);
  const first = table.columns[0]?.replace(/\s+/g, "") ?? "";
  if (/^(年份|年度|学年|年)$/.test(first)) return columnFacts(ctx, (row) => readYear(row[0] ?? ""));
  const year = statedYear(table.caption) ?? dataYear;
  const labelled = table.rows.some((row) => TOTAL_ROW.test((row[0] ?? "").replace(/\s+/g, "")));
  if (labelled)
    return columnFacts(ctx, (row) =>
      TOTAL_ROW.test((row[0] ?? "").replace(/\s+/g, "")) ? { year, period: null } : null,
    );
  return table.rows.length === 1 ? columnFacts(ctx, () => ({ year, period: null })) : [];
}

/** Indicators of all tables of a report. */
export function reportTableIndicators(report: Report, labels: Labels, matcher: SchoolMatcher): IndicatorFact[] {
  return report.tables.flatMap((t) => tableIndicators(t, labels, matcher, report.dataYear));
}

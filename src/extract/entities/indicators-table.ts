/**
 * Indicators from tables, read cell by cell whatever the orientation: a row names a metric (招生规模,
 * 其中：专任教师总数) and a column a year (`2021年`, `2020-2021学年`), or a row is a year and a column
 * names the metric, or a row is a school (school scope) or a total (合计, 全区) and a column names the
 * metric. Sub-rows (总人数, 其中：贯通培养) are parts of their group's metric; changes (增长量, 同比) are
 * skipped; a key/value table (指标 | 数值) takes the caption's year. Every number goes through
 * src/lib/numbers.ts; the unit comes from the cell, the 单位 column, the row label, the header or the
 * caption (table-units.ts). A table whose caption names one school gives that school's values.
 */
import { readYear } from "../../lib/numbers.ts";
import { squash } from "../../lib/text.ts";
import type { Report, Table } from "../../model/index.ts";
import type { IndicatorFact } from "./indicator-fact.ts";
import { statedYear } from "./indicator-fact.ts";
import type { SchoolMatcher } from "./school-matcher.ts";
import { CHANGE, type ColumnInfo, columnsOf } from "./table-columns.ts";
import { cellValue, normaliseUnit, statedUnit, unitInBrackets } from "./table-units.ts";
import { cleanLabel, type Labels, type TableMatch } from "./vocabulary.ts";

type Year = { year: number; period: string | null };

/** What a row is: its label, the metric it names (and the part), its school, year, or a total. */
interface RowInfo {
  readonly label: string;
  readonly entry: TableMatch | null;
  readonly qualifier: string | null;
  readonly school: string | null;
  readonly year: Year | null;
  readonly total: boolean;
  readonly change: boolean;
}

interface Ctx {
  readonly table: Table;
  readonly labels: Labels;
  readonly matcher: SchoolMatcher;
  readonly cols: readonly ColumnInfo[];
  readonly school: string | null;
  readonly year: number | null;
  readonly unit: string | null;
}

const TOTAL = /^(总计|合计|数据|全区|全市|全省|总数|合计数|总人数|小计|总量|总额|人数|数量)$/;
const SERIAL = /^[\d.、．（）()一二三四五六七八九十]*$/;
/** Value columns that name no metric and no year: a key/value table's one column of values. */
const GENERIC_VALUE = /^(数值|数据|数量|值|合计|总计|指标值|统计值|情况)$/;
const YEAR_HEADER = /^(年份|年度|学年|年)$/;

/** The non-empty label cells of a row (label columns before the first value), serial numbers (1, （一）) left out. */
function labelCells(row: readonly string[], cols: readonly ColumnInfo[]): string[] {
  const firstValue = cols.find((c) => !c.isLabel && !c.isUnit && c.index > 0)?.index ?? cols.length;
  return cols
    .filter((c) => c.isLabel && !c.isUnit && c.index < firstValue)
    .map((c) => (row[c.index] ?? "").trim())
    .filter((s) => s !== "" && !SERIAL.test(s.replace(/\s+/g, "")));
}

/** The one school a label is (a name plus at most a short suffix: 北京市商业学校（中专部）), if any. */
function schoolOf(label: string, matcher: SchoolMatcher): string | null {
  const text = squash(label);
  const m = matcher.scan(text)[0];
  return m && m.start === 0 && text.length - m.end <= 5 ? m.key : null;
}

/**
 * A row's metric: its own label's, else its group's (the label cell before it, or the last top-level row
 * for `其中…`) with the row as a part; a total word (总人数) is the group itself.
 */
function rowEntry(
  ctx: Ctx,
  cells: readonly string[],
  top: TableMatch | null,
): { entry: TableMatch | null; qualifier: string | null } {
  const own = cells.at(-1) ?? "";
  const ownEntry = ctx.labels.forTableLabel(own);
  const group = cells.length > 1 ? ctx.labels.forTableLabel(cells[0] ?? "") : /^其中/.test(own) ? top : null;
  if (ownEntry && !(group && /^其中/.test(own) && group.metric === ownEntry.metric))
    return { entry: ownEntry, qualifier: ownEntry.part };
  if (!group) return { entry: null, qualifier: null };
  const part = cleanLabel(own);
  return { entry: group, qualifier: TOTAL.test(part) || part === "" ? group.part : part };
}

/** Every row described; `yearCol` is the column of years when rows are years. */
function rowsOf(ctx: Ctx, yearCol: number): RowInfo[] {
  let top: TableMatch | null = null;
  return ctx.table.rows.map((row) => {
    const cells = labelCells(row, ctx.cols);
    const label = cells.join("/");
    const school = cells.length > 0 ? schoolOf(cells[0] ?? "", ctx.matcher) : null;
    // A school's name ends like a label (…职业学校): the row is the school, its metrics are the columns'.
    const { entry, qualifier } = school ? { entry: null, qualifier: null } : rowEntry(ctx, cells, top);
    if (cells.length === 1 && !/^其中/.test(cells[0] ?? "")) top = entry;
    return {
      label,
      entry,
      qualifier,
      school,
      year: yearCol === -1 ? null : readYear(row[yearCol] ?? ""),
      // 合计 may stand in the 序号 column, which holds numbers and is no label column.
      total: cells.length <= 1 && [cells[0], row[0]].some((c) => TOTAL.test(cleanLabel(c ?? ""))),
      change: CHANGE.test(label),
    };
  });
}

/** The column of years when rows are years: headed 年份/年度, or mostly years, among the first two. */
function yearColumn(table: Table): number {
  for (const i of [0, 1]) {
    const head = (table.columns[i] ?? "").replace(/\s+/g, "");
    const cells = table.rows.map((r) => (r[i] ?? "").trim()).filter((c) => c !== "");
    const years = cells.filter((c) => readYear(c)).length;
    if (cells.length > 0 && (YEAR_HEADER.test(head) ? years > 0 : years >= 2 && years * 2 >= cells.length)) return i;
  }
  return -1;
}

/** The metric, year and part of one cell, or null when the cell is not an indicator value. */
function cellMeaning(
  ctx: Ctx,
  row: RowInfo,
  col: ColumnInfo,
  keyValue: boolean,
): { entry: TableMatch; year: Year; qualifier: string | null; school: string | null } | null {
  const fallbackYear = ctx.year === null ? null : { year: ctx.year, period: null };
  if (row.entry && (col.year || keyValue)) {
    const year = col.year ?? fallbackYear;
    return year ? { entry: row.entry, year, qualifier: row.qualifier, school: ctx.school } : null;
  }
  if (row.entry || !col.metric) return null;
  const year = row.year ?? col.year ?? fallbackYear;
  if (!year) return null;
  const school = row.school ?? ctx.school;
  const single = ctx.table.rows.length === 1;
  const whole = row.year !== null || row.total || row.school !== null || single;
  const hasTotal = ctx.table.rows.some((r) => TOTAL.test(cleanLabel(r[0] ?? "")));
  // Other rows of a table with a total row are its parts (减免学费, 女, 正高级).
  if (!whole && !(hasTotal && row.label !== "")) return null;
  return { entry: col.metric, year, qualifier: whole ? col.metric.part : cleanLabel(row.label), school };
}

/** The fact of one cell, if it holds a number in a unit the metric (or its share twin) accepts. */
function cellFact(ctx: Ctx, r: number, col: ColumnInfo, row: RowInfo, keyValue: boolean): IndicatorFact | null {
  const meaning = cellMeaning(ctx, row, col, keyValue);
  if (!meaning) return null;
  const cells = ctx.table.rows[r] ?? [];
  const unitCol = ctx.cols.find((c) => c.isUnit);
  const printed = [
    unitCol ? normaliseUnit(cells[unitCol.index]) : null,
    unitInBrackets(cells.find((c) => c.trim() !== "") ?? ""),
    unitInBrackets(row.label),
    col.unit,
    ctx.unit,
  ];
  let entry = meaning.entry;
  const value = cellValue(cells[col.index] ?? "", printed, entry.units[0] ?? "");
  if (!value) return null;
  if (!entry.units.includes(value.unit)) {
    const share = value.unit === "%" ? ctx.labels.shareOf(row.entry ? row.label : col.path.join("")) : null;
    if (!share) return null;
    entry = { ...share, part: meaning.entry.part };
  }
  return {
    metric: entry.metric,
    label: (row.entry ? (row.label.split("/").at(-1) ?? "") : (col.path.find((s) => !readYear(s)) ?? "")).replace(
      /\s+/g,
      "",
    ),
    year: meaning.year.year,
    period: meaning.year.period,
    value: value.value,
    unit: value.unit,
    ratio: value.ratio ? [value.ratio[0], value.ratio[1]] : null,
    text: value.text,
    school: meaning.school,
    qualifier: meaning.qualifier,
    confidence: "certain",
    sentence: null,
    line: ctx.table.rowLines[r] ?? ctx.table.line,
    table: ctx.table.id,
    row: r,
    column: ctx.table.columns[col.index] ?? null,
  };
}

/** Every indicator of one table. */
export function tableIndicators(
  table: Table,
  labels: Labels,
  matcher: SchoolMatcher,
  dataYear: number | null,
): IndicatorFact[] {
  const cols = columnsOf(table, labels);
  const yearCol = yearColumn(table);
  const ctx: Ctx = {
    table,
    labels,
    matcher,
    cols,
    school: matcher.scan(squash(table.caption))[0]?.key ?? null,
    year: statedYear(table.caption) ?? dataYear,
    unit: statedUnit(table.caption) ?? statedUnit(table.note),
  };
  const values = cols.filter((c) => !c.isLabel && !c.isUnit && !c.change && c.index !== yearCol);
  const keyValue =
    !values.some((c) => c.year) && values.length === 1 && GENERIC_VALUE.test(values[0]?.path.join("") ?? "");
  const out: IndicatorFact[] = [];
  rowsOf(ctx, yearCol).forEach((row, r) => {
    if (row.change) return;
    for (const col of values) {
      const f = cellFact(ctx, r, col, row, keyValue);
      if (f) out.push(f);
    }
  });
  return out;
}

/** Indicators of all tables of a report. */
export function reportTableIndicators(report: Report, labels: Labels, matcher: SchoolMatcher): IndicatorFact[] {
  return report.tables.flatMap((t) => tableIndicators(t, labels, matcher, report.dataYear));
}

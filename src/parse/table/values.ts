import { readNumber } from "../../lib/numbers.ts";
import type { TableValue } from "../../model/index.ts";

/*
 * The typed value of every data cell. The number is read by src/lib/numbers.ts only; the unit comes
 * from the nearest place that prints it: the cell (96.5%), the column header (人数（人）, 比例（%）), the
 * row (its 单位 column, or a label 生均教学仪器设备值（万元）), else the caption or note (单位：万元).
 */

/** Units a cell may print after its number (longest first wins inside readNumber). */
const UNITS = [
  "%",
  "‰",
  "亿元",
  "万元",
  "千元",
  "元",
  "万人次",
  "人次",
  "万人",
  "人日",
  "人时",
  "人",
  "万册",
  "册",
  "万平方米",
  "平方米",
  "m²",
  "亩",
  "台套",
  "个",
  "项",
  "所",
  "门",
  "本",
  "台",
  "套",
  "件",
  "家",
  "次",
  "篇",
  "部",
  "天",
  "小时",
  "学时",
  "课时",
  "名",
  "倍",
  "万",
  "亿",
];

/** Columns whose numbers name things rather than measure them: numbering, codes, years, phone numbers. */
const IDENTIFIER = /序号|编号|代码|编码|代号|学号|工号|年份|年度|学年|电话|邮编|批次/;
const UNIT_COLUMN = /^(计量)?单位$/;
/** A unit printed in brackets at the end of a header or label: 人数（人）, 比例(%), 金额（万元）. */
const BRACKETED = /[（(]\s*([^（）()]{1,8}?)\s*[）)]\s*$/;
const CAPTION_UNIT = /单位\s*[：:]\s*([^\s，,。；;）)]+)/;

const squash = (text: string): string => text.replace(/\s+/g, "");
const lastPart = (column: string): string => column.split("/").at(-1) ?? column;

/** True for a short text that reads as a unit: `1` followed by it is a number with that unit. */
function isUnit(text: string): boolean {
  return text === "%" || readNumber(`1${text}`, { units: UNITS }) !== null || /^[^\d\s]{1,3}\/[^\d\s]{1,3}$/.test(text);
}

/** The unit a header or label prints in brackets at its end, or null. */
export function bracketedUnit(text: string): string | null {
  const m = BRACKETED.exec(text);
  const unit = m?.[1] ? squash(m[1]) : null;
  return unit !== null && isUnit(unit) ? unit : null;
}

/** The unit a caption or note states (`单位：万元`), or null. */
export function statedUnit(text: string | null): string | null {
  const m = text ? CAPTION_UNIT.exec(text) : null;
  return m?.[1] ?? null;
}

/** What a table says about units outside its cells. */
export interface UnitContext {
  readonly columns: readonly string[];
  readonly caption: string;
  readonly note: string | null;
}

/** A cell's unit: its own, else a multiplier it prints joined to the context unit (1.8万 in （人） → 万人). */
function cellUnit(own: string | null, context: string | null): string | null {
  if (own === null) return context;
  if ((own === "万" || own === "亿") && context !== null && !/^[万亿%]/.test(context)) return `${own}${context}`;
  return own;
}

/** The unit a row prints for all its numbers: its 单位 cell, else a bracketed unit in a label before them. */
function rowUnit(row: readonly string[], unitColumn: number, identifier: readonly boolean[]): string | null {
  const printed = unitColumn >= 0 ? squash(row[unitColumn] ?? "") : "";
  if (printed !== "" && isUnit(printed)) return printed;
  for (const [j, cell] of row.entries()) {
    if (identifier[j] === true) continue;
    if (readNumber(cell, { units: UNITS }) !== null) break;
    const unit = bracketedUnit(cell);
    if (unit !== null) return unit;
  }
  return null;
}

/** The typed value of one cell, or null for text, blanks, dashes and identifier columns. */
function cellValue(cell: string, context: string | null): TableValue | null {
  const read = readNumber(cell, { units: UNITS });
  if (read === null) return null;
  return { number: read.number, unit: cellUnit(read.unit, context), footnote: read.footnote };
}

/** Values parallel to `rows`: each cell's number, unit and footnote mark, or null. */
export function tableValues(rows: readonly (readonly string[])[], context: UnitContext): (TableValue | null)[][] {
  const { columns } = context;
  const unitColumn = columns.findIndex((c) => UNIT_COLUMN.test(squash(lastPart(c))));
  const identifier = columns.map((c, j) => j === unitColumn || IDENTIFIER.test(c));
  const columnUnits = columns.map((c) => bracketedUnit(lastPart(c)) ?? bracketedUnit(c));
  const tableUnit = statedUnit(context.caption) ?? statedUnit(context.note);
  return rows.map((row) => {
    const inRow = rowUnit(row, unitColumn, identifier);
    return row.map((cell, j) =>
      identifier[j] === true ? null : cellValue(cell, columnUnits[j] ?? inRow ?? tableUnit),
    );
  });
}

/** Roles of a table's columns for specialty facts, read from the header names. */
import type { SpecialtyEventKind, Table } from "../../model/index.ts";

/** Column indexes by role; -1 when the table has no such column. */
export interface SpecialtyColumns {
  readonly school: number;
  readonly name: number;
  readonly code: number;
  readonly category: number;
  readonly duration: number;
  readonly year: number;
  readonly result: number;
  readonly grade: number;
  /** Partner school and specialty of 3+2 / 贯通 tables. */
  readonly pairSchool: number;
  readonly pairName: number;
}

const find = (cols: readonly string[], re: RegExp, from = 0): number => {
  for (let i = from; i < cols.length; i++) if (re.test(cols[i] ?? "")) return i;
  return -1;
};

/** The column roles of a table (names compared without spaces). */
export function specialtyColumns(table: Table): SpecialtyColumns {
  const cols = table.columns.map((c) => c.replace(/\s+/g, ""));
  const school = find(cols, /^(学校名称|学校|中职学校|院校名称|试点单位)$/);
  const name = find(cols, /^(专业名称|专业|中职专业)$/);
  const pairSchool = find(cols, /^(高职学校|高职院校|本科院校|本科学校)$/);
  const pairName = pairSchool === -1 ? -1 : find(cols, /^(专业名称|专业|高职专业|本科专业)$/, pairSchool + 1);
  return {
    school,
    name,
    code: find(cols, /专业代码/),
    category: find(cols, /专业大类|专业类$/),
    duration: find(cols, /^学制/),
    year: find(cols, /备案年份|^年份$/),
    result: find(cols, /^结论$/),
    grade: find(cols, /^等级$/),
    pairSchool,
    pairName,
  };
}

/**
 * The event a specialty table states, from its caption: 监测/评价 → monitored, 撤销 → removed,
 * 新增 → added; tables pairing two schools (3+2, 贯通) list what is offered; anything else, offered.
 */
export function tableEvent(table: Table, cols: SpecialtyColumns): SpecialtyEventKind {
  if (/监测|评价/.test(table.caption)) return "monitored";
  if (cols.pairSchool !== -1) return "offered";
  if (/撤销|停招|停办/.test(table.caption)) return "removed";
  if (/新增|新设|增设/.test(table.caption)) return "added";
  return "offered";
}

/** A table of specialty records: a name column, and a code column or a school column. */
export function isSpecialtyTable(cols: SpecialtyColumns): boolean {
  return cols.name !== -1 && (cols.code !== -1 || cols.school !== -1);
}

/** A table that lists the specialties offered (专业设置) as names in its cells. */
export function isSpecialtyListTable(table: Table): boolean {
  return /专业设置|专业布局|开设专业/.test(table.caption);
}

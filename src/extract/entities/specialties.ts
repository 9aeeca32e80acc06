/**
 * Specialty facts of one report, from its tables: record tables (one specialty per row, with 专业代码,
 * 专业大类, 学制, school, result) and list tables (专业设置: cells listing names, a school tag in brackets).
 * Schools are resolved here (curated key or printed name); codes for rows without one are resolved
 * across reports in src/link/entities.
 */
import type { Report, SpecialtyEventKind, Table } from "../../model/index.ts";
import type { SchoolMatcher } from "./school-matcher.ts";
import {
  isSpecialtyListTable,
  isSpecialtyTable,
  type SpecialtyColumns,
  specialtyColumns,
  tableEvent,
} from "./specialty-columns.ts";
import { normalizeName } from "./text.ts";

/** One specialty fact as a table row states it. */
export interface SpecialtyFact {
  readonly name: string;
  readonly code: string | null;
  readonly category: string | null;
  readonly duration: string | null;
  readonly event: SpecialtyEventKind;
  /** Curated school key (canonical name), or the printed name; null for a region-wide list. */
  readonly school: string | null;
  readonly year: number | null;
  readonly result: string | null;
  readonly grade: string | null;
  readonly pair: { readonly school: string; readonly specialty: string } | null;
  readonly line: number;
  readonly table: string;
  readonly row: number;
  readonly column: string;
}

const CODE = /^\d{6}[A-Z]?$/;

/** A specialty name as printed, without stray spaces and a trailing 专业. */
export function cleanSpecialtyName(name: string): string {
  const n = name.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
  return n.length > 4 && n.endsWith("专业") ? n.slice(0, -2) : n;
}

/** The school a cell names: a curated match, a cut curated name, or the cell itself. */
function schoolOf(cell: string, matcher: SchoolMatcher): string | null {
  const n = normalizeName(cell);
  if (n.length < 4) return null;
  const hit = matcher.scan(n)[0];
  if (hit) return hit.key;
  const options = matcher.completions(n);
  return options.length === 1 ? (options[0] as string) : n;
}

/** Every specialty fact of a report's tables. */
export function findSpecialtyFacts(report: Report, matcher: SchoolMatcher): SpecialtyFact[] {
  return report.tables.flatMap((t) => {
    const cols = specialtyColumns(t);
    if (isSpecialtyTable(cols)) return recordFacts(t, cols, matcher);
    if (isSpecialtyListTable(t)) return listFacts(t, matcher);
    return [];
  });
}

const cellAt = (row: readonly string[], i: number): string => (i === -1 ? "" : (row[i] ?? "").trim());
const orNull = (s: string): string | null => (s === "" ? null : s);

/** One fact per row of a record table; empty school cells continue the school above (rowspan). */
function recordFacts(t: Table, cols: SpecialtyColumns, matcher: SchoolMatcher): SpecialtyFact[] {
  const event = tableEvent(t, cols);
  const captionYear = /(\d{4})\s*年/.exec(t.caption)?.[1];
  const out: SpecialtyFact[] = [];
  let school: string | null = null;
  let pairSchool = "";
  t.rows.forEach((row, r) => {
    const s = schoolOf(cellAt(row, cols.school), matcher);
    if (s) school = s;
    pairSchool = cellAt(row, cols.pairSchool).replace(/\s+/g, "") || pairSchool;
    const name = cleanSpecialtyName(cellAt(row, cols.name));
    if (name === "" || /^(合计|总计|小计)$/.test(name)) return;
    const code = cellAt(row, cols.code).replace(/\s+/g, "");
    const year = cellAt(row, cols.year) || captionYear;
    const pairName = cleanSpecialtyName(cellAt(row, cols.pairName));
    out.push({
      name,
      code: CODE.test(code) ? code : null,
      category: orNull(cellAt(row, cols.category).replace(/\s+/g, "")),
      duration: orNull(cellAt(row, cols.duration)),
      event,
      school,
      year: year && /^\d{4}$/.test(year) ? Number(year) : null,
      result: orNull(cellAt(row, cols.result)),
      grade: orNull(cellAt(row, cols.grade)),
      pair:
        cols.pairSchool === -1 ? null : { school: schoolOf(pairSchool, matcher) ?? pairSchool, specialty: pairName },
      line: t.rowLines[r] ?? t.line,
      table: t.id,
      row: r,
      column: t.columns[cols.name] ?? "",
    });
  });
  return out;
}

/** Names listed in the cells of a 专业设置 table; a bracketed school tag names the school. */
function listFacts(t: Table, matcher: SchoolMatcher): SpecialtyFact[] {
  const nameCols = t.columns.map((c, i) => ({ c: c.replace(/\s+/g, ""), i }));
  const explicit = nameCols.filter((x) => /^专业(名称)?$/.test(x.c));
  const out: SpecialtyFact[] = [];
  t.rows.forEach((row, r) => {
    const cols = explicit.length > 0 ? explicit : nameCols.filter((x) => x.i > 0);
    for (const { c, i } of cols) {
      for (const item of (row[i] ?? "").split(/[\s、，,]+/)) {
        const fact = listItem(item, matcher);
        if (!fact) continue;
        const duration = /(\d)年制/.exec(c)?.[1] ?? /(\d(?:\+\d)+)/.exec(c)?.[1] ?? null;
        out.push({
          ...fact,
          code: null,
          category: null,
          duration,
          event: "offered",
          year: null,
          result: null,
          grade: null,
          pair: null,
          line: t.rowLines[r] ?? t.line,
          table: t.id,
          row: r,
          column: t.columns[i] ?? "",
        });
      }
    }
  });
  return out;
}

/** A listed specialty and its school tag: 绘画（国美） → 绘画 at 北京市国际美术学校. */
function listItem(item: string, matcher: SchoolMatcher): { name: string; school: string | null } | null {
  const clean = cleanSpecialtyName(item);
  if (clean.length < 2 || /^\d+$/.test(clean) || /^(专业名称|专业)$/.test(clean)) return null;
  const tag = /^(.+)（([^（）]{1,6})）$/.exec(clean);
  const hit = tag ? matcher.scan(`（${tag[2]}）`)[0] : undefined;
  if (tag && hit) return { name: cleanSpecialtyName(tag[1] as string), school: hit.key };
  return { name: clean, school: null };
}

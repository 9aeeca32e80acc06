/**
 * The table files of a build: each table's record as JSON and, when it has a body, its rows as two CSVs —
 * the table as printed (one line per row, merged cells filled, numbers as plain numbers) and a long
 * format (one line per number: row label, column, value, unit, cell as printed, source line).
 */
import { toCsv } from "../../lib/csv.ts";
import { normaliseDigits, readNumber } from "../../lib/numbers.ts";
import { type Report, Table, type TableValue } from "../../model/index.ts";
import { outputPath, urls } from "../../model/urls.ts";
import { isNumberingColumn } from "../../parse/table/rowspan.ts";
import { bracketedUnit } from "../../parse/table/values.ts";
import { type OutputFile, toJson } from "../output.ts";

const valueAt = (table: Table, r: number, c: number): TableValue | null => table.values[r]?.[c] ?? null;

/** The one unit every number of a column shares (not a ratio), or null. */
function columnUnit(table: Table, c: number): string | null {
  const units = new Set(table.rows.flatMap((_row, r) => (valueAt(table, r, c) ? [valueAt(table, r, c)?.unit] : [])));
  const [unit] = units;
  return units.size === 1 && typeof unit === "string" && unit !== "ratio" ? unit : null;
}

/** A column's CSV name: its header path, with the unit its numbers share when the header does not say it. */
function columnName(table: Table, c: number): string {
  const name = table.columns[c] ?? "";
  const unit = columnUnit(table, c);
  return unit === null || bracketedUnit(name) === unit ? name : `${name}（${unit}）`;
}

/**
 * A cell as the CSV writes it: a number as a plain number (4837.51) when its unit is stated elsewhere
 * (the CSV header, or a cell of its row such as the 单位 column); a ratio, or a number whose unit only
 * the cell prints, as printed.
 */
function csvCell(table: Table, r: number, c: number, shared: string | null): string {
  const cell = table.rows[r]?.[c] ?? "";
  const value = valueAt(table, r, c);
  if (value === null || value.unit === "ratio") return cell;
  const bare = readNumber(cell, { units: [] }) !== null;
  const stated = value.unit === shared || (table.rows[r] ?? []).some((x) => x === value.unit);
  return bare || stated || value.unit === null ? plainNumber(cell, value.number) : cell;
}

/** The number without separators, keeping the decimals printed (3036.20 stays 3036.20, 4,837.51 → 4837.51). */
function plainNumber(cell: string, number: number): string {
  const decimals = /\.(\d+)/.exec(normaliseDigits(cell))?.[1]?.length ?? 0;
  return number.toFixed(decimals);
}

/** A table as CSV (header line = column paths, then the rows with merged cells filled), or null without a body. */
export function tableCsv(table: Table): string | null {
  if (!table.hasBody) return null;
  const units = table.columns.map((_c, j) => columnUnit(table, j));
  const rows = table.rows.map((row, r) => row.map((_cell, c) => csvCell(table, r, c, units[c] ?? null)));
  const names = table.columns.map((_c, j) => columnName(table, j));
  return toCsv(table.columns.length > 0 ? [names, ...rows] : rows);
}

/** The long CSV's header: row label, column path, value, unit, cell as printed, source line. */
const LONG_COLUMNS = ["行标签", "列", "数值", "单位", "原文", "行号"] as const;

/**
 * The label of a row for the value in column `c`: its text cells left of that column, joined by ` / `
 * (学校 / 专业, or 指标). Numbering columns and the unit itself are left out.
 */
function rowLabel(table: Table, r: number, c: number, unit: string | null): string {
  const row = table.rows[r] ?? [];
  const parts = row.slice(0, c).filter((cell, k) => {
    if (cell === "" || cell === unit || isNumberingColumn(table.columns[k] ?? "")) return false;
    return valueAt(table, r, k) === null;
  });
  return parts.join(" / ");
}

/** A table in long format: one line per number (see LONG_COLUMNS), or null without a body. */
export function tableLongCsv(table: Table): string | null {
  if (!table.hasBody) return null;
  const lines = table.rows.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const v = valueAt(table, r, c);
      if (v === null) return [];
      const line = String(table.rowLines[r] ?? table.line);
      return [[rowLabel(table, r, c, v.unit), table.columns[c] ?? "", String(v.number), v.unit ?? "", cell, line]];
    }),
  );
  return toCsv([[...LONG_COLUMNS], ...lines]);
}

/** The download URLs of a table: the CSVs only when it has a body, JSON (the record) always. */
export function tableDownloadUrls(table: Table): { csv: string | null; long: string | null; json: string } {
  return {
    csv: table.hasBody ? urls.download(table.url, "csv") : null,
    long: table.hasBody ? urls.download(table.url, "long.csv") : null,
    json: urls.download(table.url, "json"),
  };
}

/** Every table's downloads, written beside its page folder (`tables/1-2-1.csv`, `.long.csv`, `.json`). */
export function tableFiles(reports: readonly Report[]): OutputFile[] {
  return reports.flatMap((report) =>
    report.tables.flatMap((table) => {
      const { csv, long, json } = tableDownloadUrls(table);
      const files: OutputFile[] = [{ path: outputPath(json), content: toJson(Table.parse(table)) }];
      const wide = tableCsv(table);
      const longContent = tableLongCsv(table);
      if (csv && wide !== null) files.push({ path: outputPath(csv), content: wide });
      if (long && longContent !== null) files.push({ path: outputPath(long), content: longContent });
      return files;
    }),
  );
}

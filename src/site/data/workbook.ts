/**
 * A report's tables as one Excel workbook (`/reports/<id>/tables.xlsx`): a sheet per table with a body,
 * its caption and source line on top, the header rows as printed, merged regions kept as Excel merges,
 * numbers as numbers (formatted to read as printed) and everything else — ratios such as 3/4, codes,
 * names — as text. The bytes depend only on the record: the workbook's dates and the zip entries' times
 * are the report's publication date (or a constant), never the time of the build.
 */

import ExcelJS from "exceljs";

import { normaliseDigits } from "../../lib/numbers.ts";
import { displayWidth } from "../../lib/text.ts";
import type { Report, Table, TableMerge, TableValue } from "../../model/index.ts";
import { outputPath, urls } from "../../model/urls.ts";
import { bracketedUnit } from "../../parse/table/values.ts";
import type { OutputFile } from "../output.ts";

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
/** Rows above the header: the caption, then the source line. */
const TITLE_ROWS = 2;
/** The date stamped when a report gives none: the earliest a zip entry can hold is 1980. */
const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1));

/** The tables a workbook holds: those with a body (a table known only by its caption has no cells). */
export function workbookTables(report: Report): Table[] {
  return report.tables.filter((t) => t.hasBody);
}

/** The workbook's URL when the report has a table with a body, else null (no empty workbooks). */
export function workbookUrl(report: Report): string | null {
  return workbookTables(report).length > 0 ? urls.workbook(report.id) : null;
}

/**
 * Sheet names `表<number>`, cut to Excel's 31 characters and made unique (Excel compares names without
 * case) by a ` (2)`, ` (3)`… suffix; characters Excel refuses become `_`.
 */
export function sheetNames(tables: readonly Table[]): string[] {
  const taken = new Set<string>();
  return tables.map((table) => {
    const base = `表${table.number}`.replace(SHEET_NAME_FORBIDDEN, "_");
    let name = base.slice(0, SHEET_NAME_MAX);
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * An Excel number format that shows the number as the cell printed it: the same decimals, thousands
 * separators, a leading `+`, and what follows the digits (`%`, `万`, a footnote mark) as literal text —
 * so 96.5% is the number 96.5 shown as `96.5%`, as the JSON and CSV give it. General when the cell prints
 * something else around the number.
 */
export function numberFormat(cell: string): string {
  const match = /^([+]?)-?(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?(.*)$/u.exec(normaliseDigits(cell.trim()));
  if (!match) return "General";
  const [, plus = "", whole = "", decimals = "", rest = ""] = match;
  const digits = (/[,，]/.test(whole) ? "#,##0" : "0") + (decimals ? `.${"0".repeat(decimals.length)}` : "");
  const literal = (text: string) => (text ? `"${text.replace(/"/g, "")}"` : "");
  return literal(plus) + digits + literal(rest);
}

/** Whether a value goes into Excel as a number: ratios (3/4, 8.1:1) stay text, as printed. */
const isNumber = (value: TableValue | null | undefined): value is TableValue =>
  value !== null && value !== undefined && value.unit !== "ratio";

/** The one unit every number of a column shares, or null (none, several, or ratios). */
function columnUnit(table: Table, c: number): string | null {
  const units = new Set(table.values.flatMap((row) => (isNumber(row[c]) ? [row[c].unit] : [])));
  const [unit] = units;
  return units.size === 1 && typeof unit === "string" ? unit : null;
}

/**
 * The unit to note on a column's header cell: the one its numbers share when the header does not print
 * it in brackets (人数（人）) and not every number's cell or row does (96.5%, a 单位 column) — it came from
 * the caption or the note — so no number is left without its unit.
 */
function unstatedUnit(table: Table, c: number): string | null {
  const unit = columnUnit(table, c);
  if (unit === null || (table.columns[c] ?? "").split("/").some((part) => bracketedUnit(part) === unit)) return null;
  const inRow = (row: readonly string[]) => (row[c] ?? "").includes(unit) || row.some((cell) => cell === unit);
  const numbered = table.rows.filter((_row, r) => isNumber(table.values[r]?.[c]));
  return numbered.every(inRow) ? null : unit;
}

/** Cells a merge hides (all of a region but its top-left), as `row,column` keys of the part's grid. */
function hiddenCells(merges: readonly TableMerge[], part: TableMerge["part"]): Set<string> {
  const hidden = new Set<string>();
  for (const m of merges.filter((x) => x.part === part))
    for (let r = m.row; r < m.row + m.rows; r += 1)
      for (let c = m.column; c < m.column + m.columns; c += 1)
        if (r !== m.row || c !== m.column) hidden.add(`${r},${c}`);
  return hidden;
}

/** The widest row of the table: every merge across the whole sheet (caption, source, note) spans it. */
function tableWidth(table: Table): number {
  return Math.max(1, table.columns.length, ...table.header.map((r) => r.length), ...table.rows.map((r) => r.length));
}

/** A row spanning the whole width, for the caption, the source line and the note. */
function addBanner(sheet: ExcelJS.Worksheet, row: number, text: string, width: number, bold = false): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  if (bold) cell.font = { bold: true };
  if (width > 1) sheet.mergeCells(row, 1, row, width);
}

/** The header rows as printed (bold), with their merges and the unit notes. */
function addHeader(sheet: ExcelJS.Worksheet, table: Table): void {
  const hidden = hiddenCells(table.merges, "header");
  table.header.forEach((cells, r) =>
    cells.forEach((text, c) => {
      if (hidden.has(`${r},${c}`) || text === "") return;
      const cell = sheet.getCell(TITLE_ROWS + 1 + r, c + 1);
      cell.value = text;
      cell.font = { bold: true };
    }),
  );
  const last = table.header.length - 1;
  table.columns.forEach((_name, c) => {
    const unit = unstatedUnit(table, c);
    if (unit === null || last < 0) return;
    // On the visible cell of the column's bottom header row: the top-left of a merge that covers it.
    const merge = table.merges.find((m) => m.part === "header" && covers(m, last, c));
    sheet.getCell(TITLE_ROWS + 1 + (merge?.row ?? last), (merge?.column ?? c) + 1).note = `单位：${unit}`;
  });
}

/** Whether a merged region covers the cell (row, column) of its part. */
const covers = (m: TableMerge, row: number, column: number): boolean =>
  row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns;

/** The data rows: numbers as numbers with a format that reads as printed, all else as text. */
function addBody(sheet: ExcelJS.Worksheet, table: Table): void {
  const hidden = hiddenCells(table.merges, "body");
  const top = TITLE_ROWS + table.header.length + 1;
  table.rows.forEach((cells, r) =>
    cells.forEach((text, c) => {
      if (hidden.has(`${r},${c}`) || text === "") return;
      const cell = sheet.getCell(top + r, c + 1);
      const value = table.values[r]?.[c];
      if (isNumber(value)) {
        cell.value = value.number;
        cell.numFmt = numberFormat(text);
      } else cell.value = text;
    }),
  );
}

/** Every merge of the table (header and body) as an Excel merge, at its place on the sheet. */
function addMerges(sheet: ExcelJS.Worksheet, table: Table): void {
  for (const m of table.merges) {
    const top = TITLE_ROWS + 1 + m.row + (m.part === "body" ? table.header.length : 0);
    if (m.rows > 1 || m.columns > 1) sheet.mergeCells(top, m.column + 1, top + m.rows - 1, m.column + m.columns);
  }
}

/** Column widths from the longest text of each column (wide characters count two), within bounds. */
function setWidths(sheet: ExcelJS.Worksheet, table: Table, width: number): void {
  for (let c = 0; c < width; c += 1) {
    const texts = [...table.header, ...table.rows].map((row) => row[c] ?? "");
    sheet.getColumn(c + 1).width = Math.min(40, Math.max(6, ...texts.map(displayWidth)) + 2);
  }
}

/** One table's sheet: caption, source line, header, body, note; merges and widths. */
function addSheet(workbook: ExcelJS.Workbook, name: string, table: Table, report: Report): void {
  const sheet = workbook.addWorksheet(name);
  const width = tableWidth(table);
  addBanner(sheet, 1, `表${table.number}\u3000${table.caption}`, width, true);
  addBanner(sheet, 2, `来源：${report.title}，第 ${table.line} 行`, width);
  addHeader(sheet, table);
  addBody(sheet, table);
  addMerges(sheet, table);
  if (table.note !== null)
    addBanner(sheet, TITLE_ROWS + table.header.length + table.rows.length + 1, table.note, width);
  setWidths(sheet, table, width);
}

/** The date a workbook is stamped with: the report's publication date (YYYY, YYYY-MM or YYYY-MM-DD), UTC. */
function workbookDate(report: Report): Date {
  const [year, month = 1, day = 1] = (report.publishedOn ?? "").split("-").map(Number);
  return year !== undefined && year >= 1980 ? new Date(Date.UTC(year, month - 1, day)) : FALLBACK_DATE;
}

/**
 * Sets the modification time of every entry of a zip archive (local headers and central directory) to
 * `date`: zip writers stamp the current time, which would make every build's bytes differ. The CRCs cover
 * the contents only, so the archive stays valid. Throws on anything but a plain (non-zip64) archive.
 */
export function stampZipEntries(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error("not a zip archive: no end of central directory");
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n -= 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`zip: no central directory entry at ${at}`);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`zip: no local header at ${local}`);
    for (const [offset, value] of [
      [at + 12, time],
      [at + 14, day],
      [local + 10, time],
      [local + 12, day],
    ] as const)
      view.setUint16(offset, value, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** A report's workbook as bytes (one sheet per table with a body), or null when it has no such table. */
export async function reportWorkbook(report: Report): Promise<Uint8Array | null> {
  const tables = workbookTables(report);
  if (tables.length === 0) return null;
  const workbook = new ExcelJS.Workbook();
  const date = workbookDate(report);
  workbook.created = date;
  workbook.modified = date;
  workbook.title = report.title;
  const names = sheetNames(tables);
  tables.forEach((table, i) => addSheet(workbook, names[i] ?? `表${i + 1}`, table, report));
  const bytes = await workbook.xlsx.writeBuffer();
  return stampZipEntries(new Uint8Array(bytes), date);
}

/** Every report's workbook, written beside its tables folder (`/reports/<id>/tables.xlsx`). */
export async function workbookFiles(reports: readonly Report[]): Promise<OutputFile<Uint8Array>[]> {
  const files: OutputFile<Uint8Array>[] = [];
  for (const report of reports) {
    const content = await reportWorkbook(report);
    if (content !== null) files.push({ path: outputPath(urls.workbook(report.id)), content });
  }
  return files;
}

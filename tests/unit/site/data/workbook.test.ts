import assert from "node:assert/strict";
import { test } from "node:test";

import ExcelJS from "exceljs";

import { Report, type Table } from "../../../../src/model/index.ts";
import {
  numberFormat,
  reportWorkbook,
  sheetNames,
  stampZipEntries,
  workbookFiles,
} from "../../../../src/site/data/workbook.ts";
import { report as bundled } from "../../../helpers/parsed-corpus.ts";

const value = (number: number, unit: string | null = null) => ({ number, unit, footnote: null });

/**
 * A two-row header (学校 spanning both rows, 招生 over 人数 and 比例) and a body whose school is printed
 * once for two rows; 人数 in 人 (only the caption says so), 比例 in %, and a 3/4 that is not a number.
 */
const table: Table = {
  id: "tbl-1-1",
  number: "1-1",
  caption: "招生情况（单位：人）",
  line: 9,
  hasBody: true,
  bodyLines: [12, 14],
  header: [
    ["学校", "招生", "招生", "完成"],
    ["学校", "人数", "比例", "完成"],
  ],
  columns: ["学校", "招生/人数", "招生/比例", "完成"],
  rows: [
    ["甲校", "1,200", "96.5%", "3/4"],
    ["甲校", "35", "8.1:1", "全部"],
    ["乙校", "4837.50", "", "—"],
  ],
  printed: [
    ["甲校", "1,200", "96.5%", "3/4"],
    ["", "35", "8.1:1", "全部"],
    ["乙校", "4837.50", "", "—"],
  ],
  merges: [
    { part: "header", row: 0, column: 0, rows: 2, columns: 1 },
    { part: "header", row: 0, column: 1, rows: 1, columns: 2 },
    { part: "header", row: 0, column: 3, rows: 2, columns: 1 },
    { part: "body", row: 0, column: 0, rows: 2, columns: 1 },
  ],
  values: [
    [null, value(1200, "人"), value(96.5, "%"), null],
    [null, value(35, "人"), value(8.1, "ratio"), null],
    [null, value(4837.5, "人"), null, null],
  ],
  rowLines: [12, 13, 14],
  note: "注：3/4 指完成四项中的三项。",
  sectionId: null,
  url: "/reports/test-district-2024/tables/1-1/",
};

const record: Report = Report.parse({
  id: "test-district-2024",
  url: "/reports/test-district-2024/",
  source: { file: "test.txt", sha256: "0".repeat(64), bytes: 1, lines: 20, encoding: "utf-8" },
  title: "测试区中等职业教育质量年度报告（2024）",
  region: "测试区",
  regionLevel: "district",
  schoolLevel: "secondary",
  reportYear: 2024,
  dataYear: 2024,
  publisher: null,
  publishedOn: "2025-03",
  headings: [],
  tables: [table, { ...table, id: "tbl-1-1-dup2", url: "/reports/test-district-2024/tables/1-1-dup2/" }],
  figures: [],
  cases: [],
  toc: [],
  body: [],
  artefacts: [],
  diagnostics: [],
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** The merged ranges of a sheet as Excel names them (`A3:A4`), sorted. */
const mergedRanges = (sheet: ExcelJS.Worksheet): string[] =>
  [...((sheet.model as unknown as { merges: string[] }).merges ?? [])].sort();

test("a workbook reads back with its sheets, merges, numbers and text", async () => {
  const bytes = await reportWorkbook(record);
  assert.ok(bytes);
  const workbook = await readBack(bytes);
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    ["表1-1", "表1-1 (2)"],
  );
  const sheet = workbook.getWorksheet("表1-1");
  assert.ok(sheet);
  assert.equal(sheet.getCell("A1").value, "表1-1\u3000招生情况（单位：人）");
  assert.equal(sheet.getCell("A2").value, "来源：测试区中等职业教育质量年度报告（2024），第 9 行");
  // Caption and source rows span the table; header merges start on row 3, the body's on row 5; note last.
  assert.deepEqual(mergedRanges(sheet), ["A1:D1", "A2:D2", "A3:A4", "A5:A6", "A8:D8", "B3:C3", "D3:D4"]);
  assert.equal(sheet.getCell("B3").value, "招生");
  assert.equal(sheet.getCell("C4").value, "比例");
  assert.equal(sheet.getCell("A5").value, "甲校");
  assert.equal(sheet.getCell("A7").value, "乙校");
  // Numbers are numbers, shown as printed; 3/4 and the ratio 8.1:1 stay text.
  assert.equal(sheet.getCell("B5").value, 1200);
  assert.equal(sheet.getCell("B5").numFmt, "#,##0");
  assert.equal(sheet.getCell("B7").value, 4837.5);
  assert.equal(sheet.getCell("B7").numFmt, "0.00");
  assert.equal(sheet.getCell("C5").value, 96.5);
  assert.equal(sheet.getCell("C5").numFmt, '0.0"%"');
  assert.equal(sheet.getCell("D5").value, "3/4");
  assert.equal(sheet.getCell("D5").type, ExcelJS.ValueType.String);
  assert.equal(sheet.getCell("C6").value, "8.1:1");
  assert.equal(sheet.getCell("A8").value, "注：3/4 指完成四项中的三项。");
  // 人 is printed only in the caption: a note on the column's header says it; % is in the cells.
  assert.equal(sheet.getCell("B4").note, "单位：人");
  assert.equal(sheet.getCell("C4").note, undefined);
});

test("two builds give identical bytes, stamped with the publication date", async () => {
  const first = await reportWorkbook(record);
  await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have 2-second steps
  const second = await reportWorkbook(record);
  assert.ok(first && second);
  assert.ok(Buffer.from(first).equals(Buffer.from(second)));
  const workbook = await readBack(first);
  assert.equal(workbook.created.toISOString(), "2025-03-01T00:00:00.000Z");
  assert.equal(workbook.modified.toISOString(), "2025-03-01T00:00:00.000Z");
  // DOS date of the first local header: (2025-1980)<<9 | 3<<5 | 1.
  assert.equal(Buffer.from(first).readUInt16LE(12), (45 << 9) | (3 << 5) | 1);
});

test("stamping refuses what is not a zip", () => {
  assert.throws(() => stampZipEntries(new Uint8Array(40), new Date(0)), /not a zip archive/);
});

test("number formats follow the printed cell", () => {
  assert.equal(numberFormat("4,837.51"), "#,##0.00");
  assert.equal(numberFormat("１２"), "0");
  assert.equal(numberFormat("+5"), '"+"0');
  assert.equal(numberFormat("1.8万"), '0.0"万"');
  assert.equal(numberFormat("约 30"), "General");
});

test("sheet names are cut to 31 characters and unique without case", () => {
  const named = (number: string) => ({ ...table, number });
  const long = "1".repeat(40);
  const names = sheetNames([named(long), named(long), named("a:b"), named("A:B")]);
  assert.deepEqual(names, [`表${"1".repeat(30)}`, `表${"1".repeat(26)} (2)`, "表a_b", "表A_B (2)"]);
  assert.ok(names.every((n) => n.length <= 31));
});

test("no workbook for a report without a table body", async () => {
  const bare = { ...record, tables: [{ ...table, hasBody: false, rows: [], values: [], merges: [] }] };
  assert.equal(await reportWorkbook(bare), null);
  assert.deepEqual(await workbookFiles([bare]), []);
});

test("the bundled 2020 report: one sheet per table with a body, at /reports/<id>/tables.xlsx", async () => {
  const report = await bundled("003");
  const [file] = await workbookFiles([report]);
  assert.ok(file);
  assert.equal(file.path, `reports/${report.id}/tables.xlsx`);
  const workbook = await readBack(file.content);
  const withBody = report.tables.filter((t) => t.hasBody);
  assert.ok(withBody.length > 0);
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    withBody.map((t) => `表${t.number}`),
  );
  // Every data row is on its sheet: the last one below caption, source and header rows.
  for (const t of withBody) {
    const sheet = workbook.getWorksheet(`表${t.number}`);
    const lastRow = sheet?.getRow(2 + t.header.length + t.rows.length);
    const firstFilled = t.rows.at(-1)?.findIndex((cell) => cell !== "") ?? -1;
    assert.ok(lastRow && firstFilled >= 0, `表${t.number}`);
    assert.notEqual(lastRow.getCell(firstFilled + 1).value, null, `表${t.number}: last data row`);
  }
});

/** The table files of a build: each table's record as JSON and, when it has a body, its rows as CSV. */
import { toCsv } from "../../lib/csv.ts";
import { type Report, Table } from "../../model/index.ts";
import { outputPath, urls } from "../../model/urls.ts";
import { type OutputFile, toJson } from "../output.ts";

/** A table as CSV (header row = `columns`, then `rows`), or null when it has no body to offer. */
export function tableCsv(table: Table): string | null {
  if (!table.hasBody) return null;
  return toCsv(table.columns.length > 0 ? [table.columns, ...table.rows] : table.rows);
}

/** The download URLs of a table: CSV only when it has a body, JSON (the record) always. */
export function tableDownloadUrls(table: Table): { csv: string | null; json: string } {
  return { csv: table.hasBody ? urls.download(table.url, "csv") : null, json: urls.download(table.url, "json") };
}

/** Every table's downloads, written beside its page folder (`tables/1-2-1.csv`, `tables/1-2-1.json`). */
export function tableFiles(reports: readonly Report[]): OutputFile[] {
  return reports.flatMap((report) =>
    report.tables.flatMap((table) => {
      const { csv, json } = tableDownloadUrls(table);
      const content = tableCsv(table);
      const files: OutputFile[] = [{ path: outputPath(json), content: toJson(Table.parse(table)) }];
      if (csv && content !== null) files.push({ path: outputPath(csv), content });
      return files;
    }),
  );
}

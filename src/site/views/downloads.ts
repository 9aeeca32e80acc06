import type { Report } from "../../model/index.ts";
import { urls } from "../../model/urls.ts";
import { workbookTables, workbookUrl } from "../data/workbook.ts";

/** What each published data file holds, by file name (the entity files may be absent from a build). */
const DESCRIPTIONS: Record<string, string> = {
  "index.json": "报告索引：每份报告的元数据、各类条目数量，以及未能发布的文件和原因",
  "schools.json": "学校：名称、别名、区县、办学层次，在各报告中被提到的位置、案例、表格行和专业",
  "schools.csv": "学校（CSV，每校一行）",
  "specialties.json": "专业：按专业代码，含各学校的开设、新增、撤销等记录及其出处",
  "specialties.csv": "专业（CSV，每条专业记录一行）",
  "indicators.json": "指标：从表格和正文中识别出的数值（如招生数、比例）及其出处",
  "indicators.csv": "指标（CSV，每个数值一行）",
  "links.json": "每份报告提到的学校、专业和指标",
  "releases.json": "各报告的版本记录：新增和更正的日期、文本 SHA-256，以及各版本的表、案例和图",
};

/** One published data file as the downloads page lists it. */
export interface DataFileEntry {
  readonly url: string;
  readonly name: string;
  readonly description: string;
}

const nameOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

function describe(url: string): string {
  const name = nameOf(url);
  const schema = /^(.+)\.schema\.json$/.exec(name);
  if (schema) return `${schema[1]}.json 的 JSON Schema（字段、类型与说明）`;
  return DESCRIPTIONS[name] ?? "";
}

/**
 * The dataset files of a build (site paths under /data/), grouped for the downloads page: the
 * whole-dataset files, the JSON Schemas, and the per-report JSON (listed with each report instead).
 */
export function datasetFiles(files: readonly string[]): { dataset: DataFileEntry[]; schemas: DataFileEntry[] } {
  const entry = (url: string): DataFileEntry => ({ url, name: nameOf(url), description: describe(url) });
  const folder = urls.downloads();
  const top = files.filter((f) => f.startsWith(folder) && !f.slice(folder.length).includes("/"));
  // index.json first: it is the way in; then the entity files by name.
  const dataset = [...top].sort((a, b) => Number(a !== urls.index()) - Number(b !== urls.index()));
  return {
    dataset: dataset.map(entry),
    schemas: files.filter((f) => f.startsWith(urls.schemas())).map(entry),
  };
}

/**
 * How to cite a report as published here (GB/T 7714 style): publisher, title, year, then where the
 * data came from: this site's page, the generator that extracted it, and the SHA-256 of the source
 * text, which pins the exact input (no access date: the build has no clock).
 */
export function citation(report: Report, generator: string): string {
  const author = report.publisher ?? report.region ?? "发布单位未注明";
  const year = report.publishedOn ?? (report.reportYear === null ? "年份未注明" : String(report.reportYear));
  return (
    `${author}. ${report.title}[R]. ${year}. ` +
    `数据由 ${generator} 自动提取，网址 ${report.url}，源文本 SHA-256 ${report.source.sha256}.`
  );
}

/**
 * A report's Excel workbook as the downloads page lists it, or null when it has no table with a body.
 * `name` is the file name to save it under (`<id>-tables.xlsx`): every report's workbook is `tables.xlsx`
 * in its own folder, so the report id keeps two downloads apart.
 */
export function workbookEntry(report: Report): DataFileEntry | null {
  const url = workbookUrl(report);
  if (url === null) return null;
  const count = workbookTables(report).length;
  return { url, name: `${report.id}-tables.xlsx`, description: `${count} 张表格，每张一个工作表` };
}

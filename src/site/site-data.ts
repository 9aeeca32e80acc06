import { readFile, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Report } from "../model/index.ts";
import { SiteIndex } from "../model/site-index.ts";
import { type CaseEntry, caseEntries } from "./case-view.ts";
import { type RegionGroup, regionGroups } from "./regions.ts";
import { type ReportView, reportView } from "./report-view.ts";
import { type TableEntry, tableEntries } from "./table-view.ts";

/** The one data object the templates see (Eleventy global data `site`). */
export interface SiteData {
  readonly index: SiteIndex;
  readonly reports: ReportView[];
  /** Every table of every report (reports by id, tables in document order). */
  readonly tables: TableEntry[];
  /** Every case of every report, in the same order. */
  readonly cases: CaseEntry[];
  /** The reports by region (see `regionGroups`). */
  readonly regions: RegionGroup[];
  /** Every file under dist/data/ as a site path (`/data/index.json`), sorted: what the downloads page lists. */
  readonly dataFiles: string[];
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

/** The files under `dir` as sorted site paths below `base` (`/data/reports/x.json`). */
export async function listFiles(dir: string, base: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${base}/${relative(dir, join(e.parentPath, e.name)).split(sep).join("/")}`)
    .sort();
}

/**
 * The validated entry point of data into Eleventy: reads the data files the
 * build wrote (`index.json`, `reports/<id>.json`) and checks them with zod.
 */
export async function loadSiteData(dataDir: string): Promise<SiteData> {
  const index = SiteIndex.parse(await readJson(join(dataDir, "index.json")));
  const reports: ReportView[] = [];
  for (const summary of index.reports) {
    reports.push(reportView(Report.parse(await readJson(join(dataDir, "reports", `${summary.id}.json`)))));
  }
  return {
    index,
    reports,
    tables: reports.flatMap(tableEntries),
    cases: reports.flatMap(caseEntries),
    regions: regionGroups(index.reports),
    dataFiles: (await listFiles(dataDir, "/data")).filter((f) => !f.endsWith(".html")),
  };
}

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Report } from "../model/index.ts";
import { SiteIndex } from "../model/site-index.ts";
import { type ReportView, reportView } from "./report-view.ts";

/** The one data object the templates see (Eleventy global data `site`). */
export interface SiteData {
  readonly index: SiteIndex;
  readonly reports: ReportView[];
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
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
  return { index, reports };
}

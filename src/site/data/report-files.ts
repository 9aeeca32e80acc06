import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import {
  EntityLinks,
  IndicatorList,
  PublishedReport,
  type ReportEntityLinks,
  SchoolList,
  SpecialtyList,
} from "../model/index.ts";
import { SiteIndex } from "../model/site-index.ts";
import type { Records } from "../pipeline/records.ts";
import { siteIndex, sortedReports } from "./summary.ts";
import { dataPaths } from "../model/urls.ts";

/** A file to write: path relative to the output folder, and its text. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/** Stable JSON: two-space indent and a final newline (key order is the schema's). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The data files of the site: one validated JSON per report plus the index.
 * Parsing through the schemas drops stray fields and fixes the key order.
 */
export function dataFiles(records: Records, generator: string, links: readonly ReportEntityLinks[] = []): OutputFile[] {
  const byReport = new Map(links.map((l) => [l.report, l]));
  const reports = sortedReports(records).map((r) => {
    const l = byReport.get(r.id);
    const entities = { schools: l?.schools ?? [], specialties: l?.specialties ?? [], indicators: l?.indicators ?? [] };
    return { path: dataPaths.report(r.id), content: toJson(PublishedReport.parse({ ...r, entities })) };
  });
  return [...reports, { path: dataPaths.index(), content: toJson(siteIndex(records, generator)) }];
}

/** JSON Schemas generated from the zod schemas, so consumers can validate the data files. */
export function schemaFiles(): OutputFile[] {
  return [
    { path: dataPaths.schema("report"), content: toJson(z.toJSONSchema(PublishedReport)) },
    { path: dataPaths.schema("index"), content: toJson(z.toJSONSchema(SiteIndex)) },
    { path: dataPaths.schema("schools"), content: toJson(z.toJSONSchema(SchoolList)) },
    { path: dataPaths.schema("specialties"), content: toJson(z.toJSONSchema(SpecialtyList)) },
    { path: dataPaths.schema("indicators"), content: toJson(z.toJSONSchema(IndicatorList)) },
    { path: dataPaths.schema("links"), content: toJson(z.toJSONSchema(EntityLinks)) },
  ];
}

/** Writes files under `dir`, creating folders as needed, in the given order. */
export async function writeFiles(dir: string, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

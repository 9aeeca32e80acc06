/**
 * The record files of a build: `data/reports/<id>.json` (one validated report each, with the ids of
 * the entities it mentions) and `data/index.json` (every report's summary and the rejected files).
 */
import { PublishedReport, type ReportEntityLinks } from "../../model/index.ts";
import { dataPaths } from "../../model/urls.ts";
import type { Records } from "../../pipeline/records.ts";
import { type OutputFile, toJson } from "../output.ts";
import { siteIndex, sortedReports } from "./site-index.ts";

/**
 * One validated JSON per report plus the index. Parsing through the schemas drops stray fields and
 * fixes the key order.
 */
export function reportFiles(
  records: Records,
  generator: string,
  links: readonly ReportEntityLinks[] = [],
): OutputFile[] {
  const byReport = new Map(links.map((l) => [l.report, l]));
  const reports = sortedReports(records).map((r) => {
    const l = byReport.get(r.id);
    const entities = { schools: l?.schools ?? [], specialties: l?.specialties ?? [], indicators: l?.indicators ?? [] };
    return { path: dataPaths.report(r.id), content: toJson(PublishedReport.parse({ ...r, entities })) };
  });
  return [...reports, { path: dataPaths.index(), content: toJson(siteIndex(records, generator)) }];
}

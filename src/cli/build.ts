import { entitiesOf } from "../link/entities/from-inputs.ts";
import { readInputs } from "../pipeline/inputs.ts";
import { buildRecords, type Records } from "../pipeline/records.ts";
import { type BuildOptions, buildSite } from "../site/build.ts";
import { siteConfig, siteUrlNotice } from "../site/config.ts";
import { entitiesReport, recordsReport } from "./console.ts";

/**
 * `npm run build`: reads `contentDir`, prints the diagnostics and a summary, finds the entities
 * (with the raw lines of the inputs, for exact mention lines) and builds the site into `outDir`.
 */
export async function build(contentDir: string, options: BuildOptions): Promise<Records> {
  const inputs = await readInputs(contentDir);
  const records = buildRecords(inputs);
  for (const line of recordsReport(records)) options.log?.(line);
  const entities = entitiesOf(records.reports, inputs);
  for (const line of entitiesReport(entities)) options.log?.(line);
  await buildSite(records, { ...options, entities });
  const notice = siteUrlNotice(siteConfig());
  if (notice) options.log?.(notice);
  options.log?.(`site written to ${options.outDir}`);
  return records;
}

import { entitiesOfCached } from "../pipeline/entities.ts";
import { readInputs } from "../pipeline/inputs.ts";
import { buildRecordsCached, type Records } from "../pipeline/records.ts";
import { type BuildOptions, buildSite, type BuildStage } from "../site/build.ts";
import { siteConfig, siteUrlNotice } from "../site/config.ts";
import { ledgerPath } from "../site/history/ledger.ts";
import { recordReleases } from "../site/history/record.ts";
import { entitiesReport, recordsReport } from "./console.ts";

export interface CliBuildOptions extends BuildOptions {
  /** Where each file's parse outcome is cached by content hash; default `.cache/records/`, null for none. */
  readonly recordsCache?: string | null;
  /** Where each report's detected entities are cached by content hash; default `.cache/entities/`, null for none. */
  readonly entitiesCache?: string | null;
}

/**
 * `npm run build`: reads `contentDir`, prints the diagnostics and a summary, finds the entities
 * (with the raw lines of the inputs, for exact mention lines) and builds the site into `outDir`; ends by
 * printing how long the build took, stage by stage (a maintainer adding a report sees what it cost).
 * Records come from the records cache where a file and the parsing code are unchanged; the other files
 * are parsed on every core.
 */
export async function build(contentDir: string, options: CliBuildOptions): Promise<Records> {
  const start = performance.now();
  const stages = new Map<BuildStage | "records", number>();
  const add = (stage: BuildStage | "records", ms: number) => stages.set(stage, (stages.get(stage) ?? 0) + ms);
  const inputs = await readInputs(contentDir);
  const { records, cached } = await buildRecordsCached(
    inputs,
    options.recordsCache === undefined ? {} : { cacheDir: options.recordsCache },
  );
  add("records", performance.now() - start);
  for (const line of recordsReport(records)) options.log?.(line);
  options.log?.(`records: ${inputs.length - cached} files parsed, ${cached} from the cache`);
  const releases = await recordReleases(records.reports, { file: ledgerPath(contentDir), log: options.log });
  const entitiesStart = performance.now();
  const { entities, cached: entitiesCached } = await entitiesOfCached(
    records.reports,
    inputs,
    options.entitiesCache === undefined ? {} : { cacheDir: options.entitiesCache },
  );
  add("entities", performance.now() - entitiesStart);
  for (const line of entitiesReport(entities)) options.log?.(line);
  options.log?.(
    `entities: ${records.reports.length - entitiesCached} reports detected, ${entitiesCached} from the cache`,
  );
  await buildSite(records, {
    ...options,
    entities,
    releases,
    onStage: (stage, ms) => {
      add(stage, ms);
      options.onStage?.(stage, ms);
    },
  });
  const notice = siteUrlNotice(siteConfig());
  if (notice) options.log?.(notice);
  options.log?.(`site written to ${options.outDir}`);
  options.log?.(buildTimeLine(performance.now() - start, stages));
  return records;
}

/** `built in 14.2 s (records 1.1 s, charts 3.0 s, Eleventy 4.2 s, …)`: the stages in the order they ran. */
export function buildTimeLine(totalMs: number, stages: ReadonlyMap<string, number>): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const parts = [...stages].map(([stage, ms]) => `${stage} ${seconds(ms)}`);
  return `built in ${seconds(totalMs)}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}

/**
 * The entities stage of a build: per-report detection (src/extract/entities) through the entities cache
 * (./entities-cache.ts) and a thread pool, then linking across reports (src/link/entities).
 */
import { defaultContext, type EntityContext, extractEntities, type ReportEntities } from "../extract/entities/index.ts";
import { mapInPool, type PoolOptions, type PoolTask } from "../lib/pool.ts";
import { rawLinesOf } from "../link/entities/from-inputs.ts";
import { type EntityBundle, linkEntities } from "../link/entities/index.ts";
import type { Report } from "../model/index.ts";
import {
  type CachedEntities,
  DEFAULT_ENTITIES_CACHE,
  type EntitiesInput,
  openEntitiesCache,
  withReport,
} from "./entities-cache.ts";

export interface EntitiesOptions {
  /** Folder of the entities cache (./entities-cache.ts); null for none. Default `.cache/entities/`. */
  readonly cacheDir?: string | null;
  /**
   * The threads detecting (src/lib/pool.ts); default one per core, this thread among them, when the
   * reports to detect in come to 24 M characters of JSON or more, else this thread alone.
   */
  readonly pool?: PoolOptions;
}

/** The curated data compiled for matching, once per thread (it takes about 0.1 s). */
let context: EntityContext | null = null;

/**
 * Detects the entities of one report, as the JSON text of its {@link CachedEntities}: the task of the
 * pool's threads. The report crosses threads as JSON text (far faster than a structured clone of its
 * thousands of objects, and needed for the cache key anyway); the result is what the cache stores.
 */
export function detectEntitiesJson(input: EntitiesInput): string {
  context ??= defaultContext();
  const report = JSON.parse(input.report) as Report;
  const found = extractEntities(report, context, input.raw && rawLinesOf(input.raw));
  const { mentions, specialties, indicators, findings } = found;
  return JSON.stringify({ file: report.source.file, mentions, specialties, indicators, findings });
}

const DETECT_TASK: PoolTask = { module: new URL(import.meta.url), name: detectEntitiesJson.name };

/**
 * Below this many characters of report JSON to detect in, the calling thread alone. Measured on two
 * cores (synthetic reports, about 0.14 M characters each, cold, no cache): 10 and 30 reports took
 * 0.35 s longer with a worker (it starts in about 0.5 s and detects with a cold JIT, taking the core the
 * caller needs); 100 reports (14 M) 2.8-2.9 s against 3.2-3.4 s alone, 200 (28 M) 4.6 s against 6.3 s;
 * with other processes busy on the machine the worker lost even at 200 reports (9.7 s against 8.6 s).
 */
const POOL_MIN_CHARS = 24 * 1024 * 1024;

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * The entities of the published reports, as `entitiesOf` (src/link/entities/from-inputs.ts) finds them,
 * for a build: each report's detections from the entities cache when the report, its input file and the
 * detecting code are unchanged, the others detected (in worker threads too when there is enough to do;
 * one report each, independent) and stored; linking across reports stays here. The bundle equals
 * entitiesOf's in every field.
 */
export async function entitiesOfCached(
  reports: readonly Report[],
  inputs: readonly { file: string; bytes: Uint8Array }[],
  options: EntitiesOptions = {},
): Promise<{ entities: EntityBundle; cached: number }> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_ENTITIES_CACHE : options.cacheDir;
  const cache = cacheDir === null ? null : await openEntitiesCache(cacheDir);
  const bytesOf = new Map(inputs.map((i) => [i.file, i.bytes]));
  const found: (ReportEntities | null)[] = [];
  const misses: { input: EntitiesInput; i: number; file: string }[] = [];
  for (const [i, report] of reports.entries()) {
    const input: EntitiesInput = { report: JSON.stringify(report), raw: bytesOf.get(report.source.file) ?? null };
    found.push((await cache?.get(input, report)) ?? null);
    if (found[i] === null) misses.push({ input, i, file: report.source.file });
  }
  const detected = await mapInPool<EntitiesInput, string>(
    DETECT_TASK,
    misses.map((m) => m.input),
    (_, j) => misses[j]?.file ?? "",
    options.pool ?? (sum(misses.map((m) => m.input.report.length)) >= POOL_MIN_CHARS ? {} : { threads: 1 }),
  );
  for (const [j, { input, i }] of misses.entries()) {
    // mapInPool gives one result per input, or throws.
    const json = detected[j] as string;
    found[i] = withReport(reports[i] as Report, JSON.parse(json) as CachedEntities);
    await cache?.put(input, json);
  }
  return { entities: linkEntities(found.flatMap((f) => (f ? [f] : []))), cached: reports.length - misses.length };
}

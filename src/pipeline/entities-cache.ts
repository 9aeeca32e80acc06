/**
 * The entities cache: what entity detection (src/extract/entities) found in one report, stored as
 * `<dir>/<key>.json`, without the report itself (the caller holds it and attaches it again). The key is a
 * SHA-256 of everything detection depends on: the report record as published (after id collisions are
 * resolved: an id can change then), the bytes of its input file (its raw lines come from them), and a
 * fingerprint of the code and data that detect. An entry is validated when read; one that is
 * unreadable, invalid or for another file counts as a miss and is written again. Keys, fingerprint and
 * writes follow the records cache (./cache.ts).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import { z } from "zod";

import type { ReportEntities } from "../extract/entities/index.ts";
import type { FoundMention, IndicatorFact, SpecialtyFact } from "../extract/entities/index.ts";
import { Confidence, messages, type Report, type RuleId, SchoolMention, SpecialtyEventKind } from "../model/index.ts";
import { codeFingerprint, DEFAULT_RECORDS_CACHE, writeCachedOutcome } from "./cache.ts";

/** Bump when the entry format changes. */
const FORMAT = "entities-cache-1";

/** `.cache/entities/` in the project, beside the records cache: the default place of the cache. */
export const DEFAULT_ENTITIES_CACHE = join(dirname(DEFAULT_RECORDS_CACHE), "entities");

/**
 * What detection depends on besides the report and its file: the stages that detect (extract, with the
 * model and helpers), ingest (the raw lines), the data files they read, the locked versions of the
 * packages they use, and the modules that store and run detection. A test checks that every module
 * detection imports is in here.
 */
export const ENTITIES_FINGERPRINTED: readonly string[] = [
  "src/ingest",
  "src/extract",
  "src/model",
  "src/lib",
  "src/link/entities/from-inputs.ts",
  "src/pipeline/entities.ts",
  "src/pipeline/entities-cache.ts",
  "src/pipeline/cache.ts",
  "data",
  "package-lock.json",
];

/** The fingerprint of the code and data that detect entities (see ./cache.ts). */
export function entitiesFingerprint(root?: string): Promise<string> {
  return codeFingerprint(root, ENTITIES_FINGERPRINTED);
}

/** One report to detect in: its record as JSON text and the bytes of its input file (null: none). */
export interface EntitiesInput {
  readonly report: string;
  readonly raw: Uint8Array | null;
}

/** The cache key of one report's detection under a code fingerprint (hex SHA-256). */
export function entitiesKey(input: EntitiesInput, fingerprint: string): string {
  const hash = createHash("sha256").update(JSON.stringify({ format: FORMAT, fingerprint }));
  hash.update(`\0${input.report.length}\0`).update(input.report);
  // "none" and an empty file must differ: the length prefix is absent for none.
  hash.update(input.raw === null ? "\0none" : `\0${input.raw.length}\0`);
  if (input.raw) hash.update(input.raw);
  return hash.digest("hex");
}

/** What the cache stores for a report: its detections and the file they came from, not the report. */
export type CachedEntities = Omit<ReportEntities, "report"> & { readonly file: string };

const Segment = z.object({
  text: z.string(),
  line: z.number(),
  endLine: z.number(),
  where: SchoolMention.shape.where,
  caseId: z.string().nullable(),
  table: z.string().nullable(),
  row: z.number().nullable(),
  column: z.string().nullable(),
});

const Mention = z.object({
  key: z.string(),
  curated: z.boolean(),
  line: z.number(),
  printed: z.string(),
  context: z.string(),
  segment: Segment,
}) satisfies z.ZodType<FoundMention>;

const Specialty = z.object({
  name: z.string(),
  code: z.string().nullable(),
  category: z.string().nullable(),
  duration: z.string().nullable(),
  event: SpecialtyEventKind,
  school: z.string().nullable(),
  year: z.number().nullable(),
  result: z.string().nullable(),
  grade: z.string().nullable(),
  pair: z.object({ school: z.string(), specialty: z.string() }).nullable(),
  line: z.number(),
  table: z.string(),
  row: z.number(),
  column: z.string(),
}) satisfies z.ZodType<SpecialtyFact>;

const Indicator = z.object({
  metric: z.string(),
  label: z.string(),
  year: z.number().nullable(),
  period: z.string().nullable(),
  value: z.number(),
  unit: z.string(),
  ratio: z.tuple([z.number(), z.number()]).nullable(),
  text: z.string(),
  qualifier: z.string().nullable(),
  school: z.string().nullable(),
  confidence: Confidence,
  sentence: z.string().nullable(),
  line: z.number(),
  table: z.string().nullable(),
  row: z.number().nullable(),
  column: z.string().nullable(),
}) satisfies z.ZodType<IndicatorFact>;

/** A finding of the catalog (its params are checked by the catalog's own types when it is made). */
const CachedFinding = z.object({
  ruleId: z.enum(Object.keys(messages) as [RuleId, ...RuleId[]]),
  params: z.record(z.string(), z.unknown()),
  line: z.number(),
  column: z.number().optional(),
});

const Entry = z.object({
  file: z.string(),
  mentions: z.array(Mention),
  specialties: z.array(Specialty),
  indicators: z.array(Indicator),
  findings: z.array(CachedFinding),
});

/**
 * The cached detections of `report` under `key`, with the report attached, or null (absent,
 * unreadable, invalid, or another file's). The values are the JSON as written, once the schema accepts
 * it, not the schema's output: that would reorder keys, and the facts must be the ones detection made.
 */
export async function readCachedEntities(dir: string, key: string, report: Report): Promise<ReportEntities | null> {
  try {
    const value: unknown = JSON.parse(await readFile(join(dir, `${key}.json`), "utf8"));
    const checked = Entry.safeParse(value);
    if (!checked.success || checked.data.file !== report.source.file) return null;
    return withReport(report, value as CachedEntities);
  } catch {
    return null;
  }
}

/** A report's detections as {@link ReportEntities}, with the report attached (the fields in detection's order). */
export function withReport(report: Report, cached: CachedEntities): ReportEntities {
  const { mentions, specialties, indicators, findings } = cached;
  return { report, mentions, specialties, indicators, findings };
}

/** The entities cache of one build: detections by report, under the fingerprint taken when it was opened. */
export interface EntitiesCache {
  get(input: EntitiesInput, report: Report): Promise<ReportEntities | null>;
  /** Stores the JSON text of a report's {@link CachedEntities}. */
  put(input: EntitiesInput, json: string): Promise<void>;
}

/** Opens the cache in `dir`, fingerprinting the code and data once for the whole build. */
export async function openEntitiesCache(dir: string): Promise<EntitiesCache> {
  const fingerprint = await entitiesFingerprint();
  return {
    get: (input, report) => readCachedEntities(dir, entitiesKey(input, fingerprint), report),
    put: (input, json) => writeCachedOutcome(dir, entitiesKey(input, fingerprint), json),
  };
}

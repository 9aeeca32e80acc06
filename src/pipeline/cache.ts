/**
 * The records cache: what parsing one input file gave (its report record and diagnostics), stored as
 * `<dir>/<key>.json`. The key is a SHA-256 of everything the outcome depends on: the file's path, bytes
 * and sidecar, and a fingerprint of the code and data that make records, so an edit to a parser or to a
 * word list never serves a stale record. An entry is validated when read; one that is unreadable,
 * invalid or for another file counts as a miss and is written again.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { z } from "zod";

import { byCodePoint } from "../lib/sort.ts";
import { Diagnostic, Report } from "../model/index.ts";
import type { InputFile } from "./inputs.ts";
import type { ParseOutcome } from "./records.ts";

/** Bump when the entry format changes. */
const FORMAT = "records-cache-1";

/** The project folder, whose code and data make the records. */
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

/** `.cache/records/` in the project: the default place of the cache. */
export const DEFAULT_RECORDS_CACHE = join(PROJECT, ".cache", "records");

/**
 * What a record depends on besides its input: the stages that make it (ingest, parse, extract, the
 * model and the helpers they share, this folder's two modules), the data files they read, and the
 * locked versions of the packages they use. A test checks that every module parsing imports is in here.
 */
export const FINGERPRINTED: readonly string[] = [
  "src/ingest",
  "src/parse",
  "src/extract",
  "src/model",
  "src/lib",
  "src/pipeline/records.ts",
  "src/pipeline/cache.ts",
  "data",
  "package-lock.json",
];

const isFingerprinted = (path: string): boolean => /\.ts$|\.ya?ml$|\.json$/.test(path);

/** The files under `path` (itself, when it is a file), absolute, in code-point order. */
async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return [path];
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort(byCodePoint);
}

/**
 * SHA-256 of the code and data that make a cached value: each file's path and bytes under `paths`
 * (relative to `root`; by default {@link FINGERPRINTED}, what makes records). Computed once per build;
 * any edit there makes every key new. Other caches pass the paths their own values depend on.
 */
export async function codeFingerprint(
  root: string = PROJECT,
  paths: readonly string[] = FINGERPRINTED,
): Promise<string> {
  const hash = createHash("sha256").update(FORMAT);
  for (const path of paths) {
    for (const file of await filesUnder(join(root, path))) {
      if (!isFingerprinted(file)) continue;
      const bytes = await readFile(file).catch(() => null);
      if (bytes === null) continue;
      hash.update(`\0${relative(root, file).split(sep).join("/")}\0${bytes.length}\0`).update(bytes);
    }
  }
  return hash.digest("hex");
}

/** The cache key of one input under a code fingerprint (hex SHA-256). */
export function recordKey(input: InputFile, fingerprint: string): string {
  const head = JSON.stringify({ fingerprint, file: input.file, sidecar: input.sidecar, refused: input.refused });
  return createHash("sha256").update(head).update("\0").update(input.bytes).digest("hex");
}

const Entry = z.object({ file: z.string(), report: Report.nullable(), diagnostics: z.array(Diagnostic) });

/**
 * The cached outcome of `file` under `key`, or null (absent, unreadable, invalid, or another file's).
 * The value returned is the JSON as written, once the schema accepts it, not the schema's output: that
 * would fill defaults and reorder keys, and the record must be the one the parser made.
 */
export async function readCachedOutcome(dir: string, key: string, file: string): Promise<ParseOutcome | null> {
  try {
    const value: unknown = JSON.parse(await readFile(join(dir, `${key}.json`), "utf8"));
    const checked = Entry.safeParse(value);
    return checked.success && checked.data.file === file ? (value as ParseOutcome) : null;
  } catch {
    return null;
  }
}

/** Distinct temporary names, so that two writes in flight never share one. */
let temporaries = 0;

/**
 * Stores an outcome, as its JSON text, under `key` (written to a temporary name and renamed: a crash
 * never leaves half an entry).
 */
export async function writeCachedOutcome(dir: string, key: string, json: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  const temporary = `${file}.${process.pid}.${++temporaries}.tmp`;
  await writeFile(temporary, json);
  await rename(temporary, file);
}

/** The records cache of one build: outcomes by input, under the code fingerprint taken when it was opened. */
export interface RecordsCache {
  get(input: InputFile): Promise<ParseOutcome | null>;
  /** Stores the JSON text of an input's outcome. */
  put(input: InputFile, json: string): Promise<void>;
}

/** Opens the cache in `dir`, fingerprinting the code and data once for the whole build. */
export async function openRecordsCache(dir: string): Promise<RecordsCache> {
  const fingerprint = await codeFingerprint();
  return {
    get: (input) => readCachedOutcome(dir, recordKey(input, fingerprint), input.file),
    put: (input, json) => writeCachedOutcome(dir, recordKey(input, fingerprint), json),
  };
}

/**
 * The search bundle cache: a bucket's Pagefind bundle (its files as published) stored in
 * `<dir>/<key>/`, where the key is a SHA-256 of the bucket's pages (each URL and its HTML's hash) and of the
 * code that indexes them. A bucket whose pages did not change is copied, not re-indexed; Pagefind's
 * output for the same pages is the same once canonical.ts has put it in order, so a cached bundle equals
 * a fresh one byte for byte. An entry is written to a temporary folder and renamed, so a crash never
 * leaves half a bundle; one that cannot be read is a miss.
 */
import { createHash } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import { z } from "zod";

import { FILES_AT_ONCE, mapConcurrently } from "../../lib/concurrently.ts";
import { codeFingerprint, DEFAULT_RECORDS_CACHE } from "../../pipeline/cache.ts";
import { writeFiles } from "../output.ts";
import type { SearchFile } from "./canonical.ts";

/** Bump when the entry format or the key changes. */
const FORMAT = "search-cache-2";

/** `.cache/search/` in the project, beside the records cache: the default place of the cache. */
export const DEFAULT_SEARCH_CACHE = join(dirname(DEFAULT_RECORDS_CACHE), "search");

/**
 * What a bundle's bytes depend on besides its pages: this folder's code (indexing, canonical order) and
 * the locked package versions, Pagefind's among them.
 */
const SEARCH_FINGERPRINTED: readonly string[] = ["src/site/search", "package-lock.json"];

/** SHA-256 of the code that indexes (src/pipeline/cache.ts `codeFingerprint`): any change makes every key new. */
export function searchFingerprint(): Promise<string> {
  return codeFingerprint(undefined, SEARCH_FINGERPRINTED);
}

/** A searchable page as the key knows it: its URL and the SHA-256 of its HTML (`htmlHash`). */
export interface SearchPage {
  readonly url: string;
  readonly sha: string;
}

/** The SHA-256 (hex) of a page's HTML, as bucket keys take it. */
export const htmlHash = (html: string): string => createHash("sha256").update(html).digest("hex");

/** The key of a bucket: its searchable pages (URL and HTML hash, in URL order) under the code fingerprint. */
export function bucketKey(pages: readonly SearchPage[], fingerprint: string): string {
  const hash = createHash("sha256").update(FORMAT).update(fingerprint);
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const page of sorted) hash.update(`\0${page.url}\0${page.sha}`);
  return hash.digest("hex");
}

/** Bundle paths as Pagefind names them (`fragment/zh-cn_1a2b.pf_fragment`): no `..`, no absolute path. */
const Listing = z.array(z.string().regex(/^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/));
const LISTING = "files.json";

export interface SearchCache {
  get(key: string): Promise<SearchFile[] | null>;
  put(key: string, files: readonly SearchFile[]): Promise<void>;
}

/** The cache in `dir` (created when first written). */
export function openSearchCache(dir: string): SearchCache {
  const get = async (key: string): Promise<SearchFile[] | null> => {
    try {
      const paths = Listing.parse(JSON.parse(await readFile(join(dir, key, LISTING), "utf8")));
      return await mapConcurrently(paths, FILES_AT_ONCE, async (path) => ({
        path,
        content: await readFile(join(dir, key, "files", path)),
      }));
    } catch {
      return null;
    }
  };
  const put = async (key: string, files: readonly SearchFile[]): Promise<void> => {
    const tmp = join(dir, `${key}.tmp-${process.pid}`);
    await rm(tmp, { recursive: true, force: true });
    await writeFiles(
      join(tmp, "files"),
      files.map((f) => ({ path: f.path, content: f.content })),
    );
    await writeFile(join(tmp, LISTING), JSON.stringify(files.map((f) => f.path)));
    // An entry that cannot be read is replaced; one another build stored meanwhile (same key, same bytes) is kept.
    if ((await get(key)) === null) await rm(join(dir, key), { recursive: true, force: true });
    await rename(tmp, join(dir, key)).catch(async (error: unknown) => {
      await rm(tmp, { recursive: true, force: true });
      if ((await get(key)) === null) throw error;
    });
  };
  return { get, put };
}

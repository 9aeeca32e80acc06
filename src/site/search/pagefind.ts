import { copyFile, link, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

import * as pagefind from "pagefind";

import { eachConcurrently, FILES_AT_ONCE, mapConcurrently } from "../../lib/concurrently.ts";
import { defaultThreads } from "../../lib/pool.ts";
import { outputFolders, outputPath, urls } from "../../model/urls.ts";
import { listFiles, toJson, writeFiles } from "../output.ts";
import type { PageLedger } from "../page-ledger.ts";
import { groupByBucket } from "./buckets.ts";
import {
  bucketKey,
  DEFAULT_SEARCH_CACHE,
  openSearchCache,
  searchFingerprint,
  type SearchPage,
} from "./bundle-cache.ts";
import { canonicalSearchFiles, type SearchFile } from "./canonical.ts";
import { type PageHtml, pageHtml } from "./searchable.ts";

export interface SearchIndexOptions {
  /** Where bucket bundles are cached by content hash (bundle-cache.ts); default `.cache/search/`, null for none. */
  readonly cacheDir?: string | null;
  /**
   * Whether this build writes the file at a URL (src/site/part.ts): only owned bundles are indexed, and
   * the manifest is written when it is owned. Default: everything.
   */
  readonly owns?: (url: string) => boolean;
  /** Whether the index is cut into buckets (buckets.ts); default true. Every part of one build must agree. */
  readonly bucketed?: boolean;
  /**
   * The pages the build already knows (rendered or kept: the page ledger) by URL: their bucket is keyed
   * without reading them again. Other pages are read.
   */
  readonly known?: ReadonlyMap<string, PageHtml>;
  /** Moves a bucket's bundle over from the previous build when its key is unchanged (page-ledger.ts). */
  readonly ledger?: PageLedger;
}

/**
 * What indexing did: pages indexed, bundles published, and how many of those came from the cache or were
 * kept from the previous build (the others were indexed).
 */
export interface SearchIndexSummary {
  readonly pages: number;
  readonly bundles: number;
  readonly cached: number;
  readonly kept: number;
}

/** The manifest the search page reads: the site paths of the bundles, the first of which answers. */
export interface SearchManifest {
  readonly bundles: string[];
}

/** The bundle files the search page loads; Pagefind's ready-made UIs (which the site does not use) are left out. */
const PUBLISHED =
  /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(?:index|fragment|filter)\/.+)$/;

/** The HTML pages under `outDir` (not Pagefind's own folder) as site URLs with their files, in path order. */
async function htmlPages(outDir: string): Promise<{ url: string; file: string }[]> {
  return (await listFiles(outDir, ""))
    .filter((path) => path.endsWith(".html") && !path.startsWith(`/${outputFolders.search}/`))
    .map((path) => ({ url: path.replace(/\/index\.html$/, "/"), file: join(outDir, path) }));
}

/** A searchable page: its URL, its file in the output folder and its HTML's hash (the bucket's key). */
interface BucketPage extends SearchPage {
  readonly file: string;
}

/**
 * The searchable pages of one bucket: those the build knows from `known`, the others read from disk (a
 * bucket at a time keeps memory to one bundle).
 */
async function searchablePages(
  pages: readonly { url: string; file: string }[],
  known: ReadonlyMap<string, PageHtml>,
): Promise<BucketPage[]> {
  const described = await mapConcurrently(pages, FILES_AT_ONCE, async (page) => ({
    ...page,
    ...(known.get(page.url) ?? pageHtml(await readFile(page.file, "utf8"))),
  }));
  return described.filter((page) => page.searchable).map(({ url, file, sha }) => ({ url, file, sha }));
}

/** The pages a bundle holds, from its `pagefind-entry.json` (per language). */
function bundlePages(files: readonly SearchFile[]): number {
  const entry = files.find((f) => f.path === "pagefind-entry.json");
  if (!entry) throw new Error("pagefind: a bundle without pagefind-entry.json");
  const parsed = JSON.parse(Buffer.from(entry.content).toString("utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(parsed.languages).reduce((n, l) => n + l.page_count, 0);
}

/**
 * Indexes one bucket with Pagefind: its published files, canonical and in path order. Pagefind reads
 * the pages itself from a staging folder of hard links (their paths are their URLs), which lets it
 * parse them on every core: fed one page at a time through its API it took twice as long.
 */
async function indexBucket(pages: readonly BucketPage[], staging: string): Promise<SearchFile[]> {
  await rm(staging, { recursive: true, force: true });
  await eachConcurrently(pages, FILES_AT_ONCE, async (page) => {
    const target = join(staging, outputPath(page.url));
    await mkdir(dirname(target), { recursive: true });
    await link(page.file, target).catch(() => copyFile(page.file, target));
  });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    if (added.page_count !== pages.length) {
      throw new Error(`pagefind indexed ${added.page_count} of the bucket's ${pages.length} pages`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`pagefind: ${fileErrors.join("; ")}`);
    return canonicalSearchFiles(files)
      .filter((f) => PUBLISHED.test(f.path))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } finally {
    await index.deleteIndex();
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Builds indexing at the same time in one process (tests, a script building two sites) share Pagefind's
 * one service: closing it fails the other's pending calls ("Pagefind backend closed"), so the last to
 * finish closes it.
 */
let users = 0;

async function releaseService(): Promise<void> {
  users -= 1;
  if (users === 0) await pagefind.close();
}

/**
 * Indexes the built pages with Pagefind into `<outDir>/pagefind/<bucket>/` (buckets.ts) and writes the
 * manifest `<outDir>/pagefind/index.json`, which the search page reads to load the first bundle and
 * merge the others. A bucket whose pages are unchanged comes from the cache. Only pages marked
 * `data-pagefind-body` (report, table, case, school and specialty pages…) are indexed; Chinese is
 * segmented because every page says `lang="zh-CN"`. Filter data are put in a stable order
 * (`canonicalSearchFiles`), so two builds are byte-identical.
 *
 * Pagefind 1.6.0 (pinned): 1.5.x segmented Chinese with one segmenter when indexing and another when
 * searching (Pagefind issue #1237); on the bundled reports mean recall over the 51 probe terms of
 * tests/browser/search-recall.test.ts went from 0.80 (1.5.2; 17 terms under 0.95, 北京国际职业教育学校
 * found on 0 of its 18 pages) to 1.00. 1.6.0 writes the same bundle
 * layout and the same gzip + `pagefind_dcd` + CBOR data files, which canonical.ts decodes exactly
 * (checked: every filter and meta file round-trips byte for byte and two builds are identical).
 *
 * The files are fetched with `getFiles()` and written here rather than with
 * Pagefind's `writeFiles()`: that one resolves before its writes are flushed,
 * and closing the service then left truncated files (seen with 1.5.2).
 */
export async function indexSite(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_SEARCH_CACHE : options.cacheDir;
  const cache = cacheDir === null ? null : openSearchCache(cacheDir);
  const owns = options.owns ?? (() => true);
  const fingerprint = await searchFingerprint();
  const known = options.known ?? new Map<string, PageHtml>();
  let [pages, bundles, cached, kept] = [0, 0, 0, 0];
  users += 1;
  const indexOne = async ([bucket, members]: [string, { url: string; file: string }[]]): Promise<void> => {
    const bundle = urls.searchBundle(`${bucket}/`);
    if (!owns(bundle)) return;
    const searchable = await searchablePages(members, known);
    if (searchable.length === 0) return;
    const key = bucketKey(searchable, fingerprint);
    const group = `search:${bucket}`;
    [pages, bundles] = [pages + searchable.length, bundles + 1];
    if (await options.ledger?.keepFiles(group, key, outDir)) {
      kept += 1;
      return;
    }
    let files = (await cache?.get(key)) ?? null;
    if (files) cached += 1;
    else {
      const staging = join(outDir, outputFolders.search, `.staging-${bucket}`);
      files = await indexBucket(searchable, staging);
      await cache?.put(key, files);
    }
    if (bundlePages(files) !== searchable.length) {
      throw new Error(`pagefind: the bundle of ${bucket} holds ${bundlePages(files)} pages, not ${searchable.length}`);
    }
    const written = files.map((f) => ({ path: outputPath(`${bundle}${f.path}`), content: f.content }));
    await writeFiles(outDir, written);
    options.ledger?.made(
      group,
      written.map((f) => f.path),
    );
  };
  try {
    // Pagefind builds one bundle on about one core: one bucket per core at a time, each in its own folder.
    await eachConcurrently(
      groupByBucket(await htmlPages(outDir), options.bucketed ?? true),
      defaultThreads(),
      indexOne,
    );
  } finally {
    await releaseService();
  }
  const manifest = urls.searchBundle("index.json");
  if (owns(manifest)) await writeFiles(outDir, [{ path: outputPath(manifest), content: await manifestJson(outDir) }]);
  return { pages, bundles, cached, kept };
}

/** The manifest of the bundles in `<outDir>/pagefind/` (this build's and those a merge copied in), in name order. */
async function manifestJson(outDir: string): Promise<string> {
  const folders = await readdir(join(outDir, outputFolders.search), { withFileTypes: true }).catch(() => []);
  const bundles: string[] = [];
  for (const folder of folders
    .filter((f) => f.isDirectory())
    .map((f) => f.name)
    .sort()) {
    const entry = join(outDir, outputFolders.search, folder, "pagefind-entry.json");
    if (
      await readFile(entry).then(
        () => true,
        () => false,
      )
    )
      bundles.push(urls.searchBundle(`${folder}/`));
  }
  return toJson({ bundles } satisfies SearchManifest);
}

/**
 * Search cost: the time to index the built site with Pagefind, the bundle's size on disk, and the bytes a
 * reader's browser fetches for one query. The query runs Pagefind's own JS (`pagefind.js` from the
 * bundle) in Node with `fetch` answered from dist/ and counted, as the search page calls it: init, the
 * filter index, the search, then the data of the first page of results.
 */
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { outputFolders, outputPath, urls } from "../../model/urls.ts";
import type { InputFile } from "../../pipeline/inputs.ts";
import { buildRecords } from "../../pipeline/records.ts";
import { buildSite } from "../../site/build.ts";
import { templatesDir } from "../../site/eleventy/config.ts";
import { indexSite } from "../../site/search/pagefind.ts";
import { fmt } from "./measure.ts";

/** The query of the measurement: a school's short name, found on a couple of dozen pages. */
const BENCH_QUERY = "劲松";
/** Results whose data the search page loads at once (templates/assets/search-page.js, PAGE_SIZE). */
const FIRST_PAGE = 20;
const ORIGIN = "http://bench.invalid";
const KB = 1024;

export interface SearchBench {
  /** Pages indexed, and the bundles (buckets) they are in. */
  readonly pages: number;
  readonly bundles: number;
  readonly indexMs: number;
  /** Everything under dist/pagefind/ (all bundles), and the part that is index data (not JS, CSS or WebAssembly). */
  readonly bundleBytes: number;
  readonly dataBytes: number;
  readonly dataFiles: number;
  readonly query: string;
  readonly results: number;
  /** What one query fetched: requests and bytes, and the bytes of pagefind.js and its WebAssembly among them. */
  readonly requests: number;
  readonly fetchedBytes: number;
  readonly codeBytes: number;
}

const isData = (path: string): boolean => /\.pf_(meta|index|fragment|filter)$/.test(path);

async function bundleSizes(dir: string): Promise<{ bundle: number; data: number; files: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bundle = 0;
  let data = 0;
  let files = 0;
  for (const e of entries.filter((x) => x.isFile())) {
    const size = (await stat(join(e.parentPath, e.name))).size;
    bundle += size;
    if (isData(e.name)) [data, files] = [data + size, files + 1];
  }
  return { bundle, data, files };
}

interface PagefindApi {
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  destroy(): Promise<void>;
}

/** The search page's loader (templates/assets/search-core.js), which opens every bundle of the manifest. */
type OpenSearch = (manifest: string, importer: (url: string) => Promise<unknown>) => Promise<PagefindApi | null>;

/** Runs one query with Pagefind's JS against `outDir`, as the search page opens it, counting every fetched file. */
async function measureQuery(outDir: string, query: string) {
  const fetched: { path: string; bytes: number }[] = [];
  const original = globalThis.fetch;
  // Pagefind reads the language from <html lang>; zh-CN makes it segment the query as in the browser.
  const html = { getAttribute: () => "zh-CN" };
  Object.assign(globalThis, { document: { currentScript: null, querySelector: () => html } });
  globalThis.fetch = async (input: string | URL | Request) => {
    const path = new URL(input instanceof Request ? input.url : input, ORIGIN).pathname;
    const body = await readFile(join(outDir, decodeURIComponent(path)));
    fetched.push({ path, bytes: body.length });
    const type = path.endsWith(".json") ? "application/json" : "application/octet-stream";
    return new Response(body, { headers: { "content-type": type } });
  };
  try {
    const core = (await import(pathToFileURL(join(templatesDir, "assets", "search-core.js")).href)) as {
      openSearch: OpenSearch;
    };
    const importScript = async (url: string): Promise<unknown> => {
      const file = join(outDir, outputPath(url));
      fetched.push({ path: url, bytes: (await stat(file)).size });
      return import(pathToFileURL(file).href);
    };
    const pagefind = await core.openSearch(urls.searchBundle("index.json"), importScript);
    if (!pagefind) return { fetched, results: 0 };
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, FIRST_PAGE).map((r) => r.data()));
    await pagefind.destroy();
    return { fetched, results: results.length };
  } finally {
    globalThis.fetch = original;
    Reflect.deleteProperty(globalThis, "document");
  }
}

/** Builds the site once without search, then times indexing it and measures the bundle and one query. */
export async function benchSearch(inputs: readonly InputFile[], now: () => number): Promise<SearchBench> {
  const tmp = await mkdtemp(join(tmpdir(), "bench-search-"));
  try {
    const outDir = join(tmp, "dist");
    await buildSite(buildRecords(inputs), { outDir, search: false });
    const start = now();
    const { pages, bundles } = await indexSite(outDir, { cacheDir: null });
    const indexMs = now() - start;
    const sizes = await bundleSizes(join(outDir, outputFolders.search));
    const { fetched, results } = await measureQuery(outDir, BENCH_QUERY);
    const code = fetched.filter((f) => /pagefind\.js$|\.pagefind$/.test(f.path));
    return {
      pages,
      bundles,
      indexMs,
      bundleBytes: sizes.bundle,
      dataBytes: sizes.data,
      dataFiles: sizes.files,
      query: BENCH_QUERY,
      results,
      requests: fetched.length,
      fetchedBytes: fetched.reduce((n, f) => n + f.bytes, 0),
      codeBytes: code.reduce((n, f) => n + f.bytes, 0),
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The printed lines of the search measurement. */
export function searchLines(s: SearchBench): string[] {
  return [
    `search: Pagefind indexed ${s.pages} pages into ${s.bundles} bundles in ${fmt(s.indexMs, 0)} ms; bundle ${fmt(s.bundleBytes / KB)} KB on disk ` +
      `(index data ${fmt(s.dataBytes / KB)} KB in ${s.dataFiles} files)`,
    `search: one query "${s.query}" (${s.results} results, data of the first ${Math.min(FIRST_PAGE, s.results)}) fetched ` +
      `${fmt(s.fetchedBytes / KB)} KB in ${s.requests} requests, of which ${fmt(s.codeBytes / KB)} KB pagefind.js + WebAssembly ` +
      `(cached after the first query)`,
  ];
}

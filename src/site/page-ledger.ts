/**
 * Pages kept from the previous build: a page of a collection (a report, table, case, school… page) is a
 * function of its entry alone (templates/_lib/part.ts `pagePer`), so when its entry, its URL and the code
 * that renders it are what they were when the same output folder was last built, its file is moved over
 * from that build instead of being rendered again. Groups of files made from one entry are kept the same way
 * (a report's downloads and table charts by its record, build.ts; a search bundle by its pages' hashes,
 * search/pagefind.ts). The keys of the last build's pages and groups are kept in a
 * manifest in the cache folder, named after the output folder; the manifest is removed when a build starts
 * and written when it ends, so a build that failed half-way leaves none and the next one renders everything.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

import { z } from "zod";

import { eachConcurrently, FILES_AT_ONCE } from "../lib/concurrently.ts";
import { Digests } from "../lib/digest.ts";
import { outputPath } from "../model/urls.ts";
import { codeFingerprint, DEFAULT_RECORDS_CACHE } from "../pipeline/cache.ts";
import { siteConfig } from "./config.ts";
import { type SitePart, WHOLE_SITE } from "./part.ts";
import type { PageHtml } from "./search/searchable.ts";

/** Bump when the manifest's format or the meaning of a key changes. */
const FORMAT = "page-ledger-4" as const;

/** `.cache/pages/` in the project, beside the other caches: the default place of the manifests. */
export const DEFAULT_PAGE_LEDGER = join(dirname(DEFAULT_RECORDS_CACHE), "pages");

/** What a page's HTML depends on besides its entry: all the code, the data files, the site's own pages, the packages. */
const PAGE_FINGERPRINTED: readonly string[] = ["src", "templates", "data", "content/pages", "package-lock.json"];

/** A group of files made from one entry (a report's downloads and charts): its key and its dist/-relative paths. */
const FileGroup = z.strictObject({ key: z.string(), paths: z.array(z.string()) });
type FileGroup = z.infer<typeof FileGroup>;

const Manifest = z.strictObject({
  format: z.literal(FORMAT),
  /** The output folder (absolute): a manifest whose folder is gone is removed (see `savePageLedger`). */
  out: z.string(),
  pages: z.record(z.string(), z.string()),
  /** The hash and searchability of each page's HTML (src/site/search/searchable.ts), so search need not read a kept page. */
  html: z.record(z.string(), z.strictObject({ sha: z.string(), searchable: z.boolean() })),
  files: z.record(z.string(), FileGroup),
});

/** What the ledger knows of the previous build: its keys, and the folder its output was moved to. */
interface Previous {
  readonly pages: ReadonlyMap<string, string>;
  readonly html: ReadonlyMap<string, PageHtml>;
  readonly files: ReadonlyMap<string, FileGroup>;
  readonly dir: string;
}

const byKey = <T>(entries: Iterable<[string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The manifest of the output folder `outDir` in `dir`. */
const manifestFile = (dir: string, outDir: string): string =>
  join(dir, `${createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 32)}.json`);

/**
 * The pages and file groups of one build: which can be kept from the previous one (`keep`, asked for every
 * page before it is rendered; `keepFiles`, for the files made from one entry), and the keys of all, for the
 * next build.
 */
export class PageLedger {
  /** The digests of the site data, which the site data seeds with what it read (src/lib/digest.ts). */
  readonly digests = new Digests();
  private readonly next = new Map<string, string>();
  private readonly kept: string[] = [];
  private readonly nextFiles = new Map<string, FileGroup>();
  private readonly html = new Map<string, PageHtml>();
  private keptGroups = 0;

  constructor(
    private readonly fingerprint: string,
    /** The last build's keys and where its output is; null: keep nothing. */
    private readonly previous: Previous | null,
  ) {}

  private key(kind: string, name: string, entry: unknown): string {
    return createHash("sha256")
      .update(`${this.fingerprint}\0${kind}\0${name}\0`)
      .update(this.digests.of(entry))
      .digest("hex");
  }

  /**
   * Whether the page of `collection` at `url` showing `entry` is the previous build's page (same key, file
   * still there): then it is not rendered, and `restore` moves it into the new output.
   */
  keep(collection: string, url: string, entry: unknown): boolean {
    const key = this.key(collection, url, entry);
    this.next.set(url, key);
    const same =
      this.previous !== null &&
      this.previous.pages.get(url) === key &&
      existsSync(join(this.previous.dir, outputPath(url)));
    if (same) this.kept.push(url);
    return same;
  }

  /**
   * Whether the files the previous build made from `entry` as `group` (a report's downloads and charts,
   * made from its record alone) are what this build would make: same key and every file still there. Then
   * they are moved into `outDir` now. Otherwise the caller makes them and tells `made` which they are.
   */
  async keepFiles(group: string, entry: unknown, outDir: string): Promise<boolean> {
    const key = this.key("files", group, entry);
    const before = this.previous?.files.get(group);
    const from = this.previous?.dir;
    if (from === undefined || before?.key !== key || !before.paths.every((p) => existsSync(join(from, p)))) {
      this.nextFiles.set(group, { key, paths: [] });
      return false;
    }
    await eachConcurrently(before.paths, FILES_AT_ONCE, async (path) => {
      await mkdir(dirname(join(outDir, path)), { recursive: true });
      await rename(join(from, path), join(outDir, path));
    });
    this.nextFiles.set(group, before);
    this.keptGroups += 1;
    return true;
  }

  /** Adds the dist/-relative paths of files made for `group` (which `keepFiles` did not keep). */
  made(group: string, paths: readonly string[]): void {
    const entry = this.nextFiles.get(group);
    if (entry === undefined)
      throw new Error(`page ledger: files made for ${group}, which keepFiles was not asked about`);
    entry.paths.push(...paths);
  }

  /** How many file groups were kept. */
  keptFileGroups(): number {
    return this.keptGroups;
  }

  /** The URLs of the pages kept, in the order they were asked for. */
  keptPages(): readonly string[] {
    return this.kept;
  }

  /** Learns the hash and searchability of the pages Eleventy rendered (src/site/eleventy/run.ts). */
  rendered(pages: ReadonlyMap<string, PageHtml>): void {
    for (const [url, html] of pages) this.html.set(url, html);
  }

  /** The pages whose HTML this build knows without reading it: those rendered, and those kept (as they were). */
  knownPages(): ReadonlyMap<string, PageHtml> {
    return this.html;
  }

  /** Moves the kept pages from the previous output into `outDir`. */
  async restore(outDir: string): Promise<void> {
    const previous = this.previous;
    if (previous === null) return;
    for (const url of this.kept) {
      const html = previous.html.get(url);
      if (html) this.html.set(url, html);
    }
    const from = previous.dir;
    await eachConcurrently(this.kept, FILES_AT_ONCE, async (url) => {
      const target = join(outDir, outputPath(url));
      await mkdir(dirname(target), { recursive: true });
      await rename(join(from, outputPath(url)), target);
    });
  }

  /** The manifest for the next build into `outDir`: every page's and file group's key, in name order. */
  manifest(outDir: string): string {
    const html = [...this.html].filter(([url]) => this.next.has(url));
    const pages = byKey(this.next);
    const manifest = { format: FORMAT, out: resolve(outDir), pages, html: byKey(html), files: byKey(this.nextFiles) };
    return JSON.stringify(manifest satisfies z.infer<typeof Manifest>);
  }
}

/** The JSON value of `text`, or null when it is not JSON (a damaged manifest is no manifest). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The fingerprint of everything a page depends on besides its entry: code, data, packages, the site's
 * settings, and the part of the site built (a shard draws only its own reports' charts).
 */
async function pageFingerprint(part: SitePart): Promise<string> {
  return createHash("sha256")
    .update(await codeFingerprint(undefined, PAGE_FINGERPRINTED))
    .update(JSON.stringify([siteConfig(), part]))
    .digest("hex");
}

/**
 * Opens the ledger of a build into `outDir` whose previous output was moved to `previousDir` (null: there
 * was none): reads the manifest of the last build into the folder and removes it, until `savePageLedger`.
 */
export async function openPageLedger(
  dir: string,
  outDir: string,
  previousDir: string | null,
  part: SitePart = WHOLE_SITE,
): Promise<PageLedger> {
  const file = manifestFile(dir, outDir);
  const text = await readFile(file, "utf8").catch(() => null);
  await rm(file, { force: true });
  const parsed = text === null ? null : Manifest.safeParse(parseJson(text));
  const previous: Previous | null =
    parsed?.success && previousDir !== null
      ? {
          pages: new Map(Object.entries(parsed.data.pages)),
          html: new Map(Object.entries(parsed.data.html)),
          files: new Map(Object.entries(parsed.data.files)),
          dir: previousDir,
        }
      : null;
  return new PageLedger(await pageFingerprint(part), previous);
}

/**
 * Writes the ledger's manifest for the next build into `outDir` (a temporary file renamed), and removes the
 * manifests of output folders that no longer exist (temporary sites, renamed folders), so the folder does
 * not grow with every site ever built.
 */
export async function savePageLedger(ledger: PageLedger, dir: string, outDir: string): Promise<void> {
  const file = manifestFile(dir, outDir);
  await mkdir(dir, { recursive: true });
  await writeFile(`${file}.${process.pid}.tmp`, ledger.manifest(outDir));
  await rename(`${file}.${process.pid}.tmp`, file);
  for (const name of await readdir(dir)) {
    const other = join(dir, name);
    if (!name.endsWith(".json") || other === file) continue;
    const out = await readFile(other, "utf8").then(
      (text) => (parseJson(text) as { out?: unknown } | null)?.out,
      () => null,
    );
    if (typeof out !== "string" || !existsSync(out)) await rm(other, { force: true });
  }
}

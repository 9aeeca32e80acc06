/**
 * The site build: records → data files, charts, pages (Eleventy), redirects and the search index in
 * the output folder. The commands around it (reading the inputs, printing) are in src/cli/.
 */
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { buildEntities, type EntityBundle } from "../link/entities/index.ts";
import type { Report } from "../model/index.ts";
import type { Releases } from "../model/releases.ts";
import { dataPaths, outputFolders } from "../model/urls.ts";
import type { Records } from "../pipeline/records.ts";
import { indicatorCharts } from "./charts/indicators.ts";
import { pooledRenderer } from "./charts/render-pool.ts";
import { seriesCharts } from "./charts/series.ts";
import { tableCharts } from "./charts/tables.ts";
import { siteConfig } from "./config.ts";
import { entityFiles } from "./data/entity-files.ts";
import { reportFiles } from "./data/report-files.ts";
import { schemaFiles } from "./data/schema-files.ts";
import { sortedReports } from "./data/site-index.ts";
import { tableFiles } from "./data/table-files.ts";
import { workbookFiles } from "./data/workbook.ts";
import { runEleventy } from "./eleventy/run.ts";
import { specialtyAliasRedirects } from "./entities/specialty-pages.ts";
import { historyFiles } from "./history/index.ts";
import { emptyLedger } from "./history/ledger.ts";
import { type OutputFile, writeFiles } from "./output.ts";
import { DEFAULT_PAGE_LEDGER, openPageLedger, type PageLedger, savePageLedger } from "./page-ledger.ts";
import { owns, type SitePart, WHOLE_SITE } from "./part.ts";
import { copyParts, partFiles, pruneOutDir } from "./parts.ts";
import { readRedirects, type Redirect, writeRedirects } from "./redirects.ts";
import { BUCKETED_FROM_REPORTS } from "./search/buckets.ts";
import { indexSite } from "./search/pagefind.ts";

/** Where progress lines go; tests pass a collector, scripts pass console.log. */
export type Log = (line: string) => void;

/**
 * The timed stages of a site build; "data files" is reported twice (entity files are written after the
 * charts), "previous build" three times (set aside and its manifest read; its files moved over; the rest removed).
 */
export type BuildStage =
  "previous build" | "entities" | "data files" | "charts" | "Eleventy" | "redirects" | "parts" | "Pagefind";

export interface BuildOptions {
  readonly outDir: string;
  readonly log?: Log;
  /** Skip Pagefind (faster unit tests of the pages). Default true. */
  readonly search?: boolean;
  /**
   * The entities (schools, specialties, indicators, links), computed once by `build` from the input
   * files; default: detected from the records alone (mention lines then come from re-joined paragraphs).
   */
  readonly entities?: EntityBundle;
  /** Redirect pages to write; default: data/redirects.yaml. */
  readonly redirects?: readonly Redirect[];
  /** Where rendered chart SVGs are cached by spec hash; default `.cache/charts/` in the project. */
  readonly chartCache?: string;
  /** Where search bundles are cached by the hash of their pages; default `.cache/search/`, null for none. */
  readonly searchCache?: string | null;
  /** Whether the search index is cut into buckets (search/buckets.ts); default: from 100 reports on. */
  readonly searchBuckets?: boolean;
  /** Where each report's rendered HTML is cached by content hash; default `.cache/html/`, null for none. */
  readonly htmlCache?: string | null;
  /**
   * The release ledger (every version of every report, `content/releases.json`), read and updated by
   * `build` before the site is built; default: empty (no feed entries, no 更新于, no removed-item pages).
   */
  readonly releases?: Releases;
  /** Told each stage's wall-clock time in ms as it ends (benchmarks); the output does not depend on it. */
  readonly onStage?: (stage: BuildStage, ms: number) => void;
  /**
   * The part of the site to write (part.ts): all of it (default), one report shard, or the merge, which
   * also copies in `parts`, the output folders of the shards, before indexing its own pages.
   */
  readonly part?: SitePart;
  readonly parts?: readonly string[];
  /**
   * Where the page ledger keeps the keys of the pages of each output folder (page-ledger.ts):
   * a page whose entry is unchanged since the last build into the same folder is moved over, not rendered.
   * Default `.cache/pages/`; null: every page is rendered.
   */
  readonly pageLedger?: string | null;
}

const DEFAULT_CHART_CACHE = fileURLToPath(new URL("../../.cache/charts/", import.meta.url));

/** The `generator` field of index.json: package name and version, no date (builds are reproducible). */
export async function generatorName(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
    name: string;
    version: string;
  };
  return `${pkg.name} ${pkg.version}`;
}

/** Where a build moves the previous build's output while it writes the new one: beside it, `dist.previous/`. */
export const previousOutDir = (outDir: string): string => `${resolve(outDir)}.previous`;

/**
 * Empties the output folder, refusing to delete a non-empty folder that is not a previous build (guards
 * against `--out .`). With `keep`, the previous build is moved to {@link previousOutDir} (the pages the
 * page ledger keeps are moved back from there) and that folder is returned; otherwise it is deleted.
 */
export async function prepareOutDir(outDir: string, keep = false): Promise<string | null> {
  const entries = await readdir(outDir).catch(() => null);
  const previous = previousOutDir(outDir);
  // What an interrupted build left aside is never used: its pages may not match any manifest.
  await rm(previous, { recursive: true, force: true });
  let moved: string | null = null;
  if (entries && entries.length > 0) {
    const isBuild = await stat(join(outDir, dataPaths.index())).then(
      () => true,
      () => false,
    );
    if (!isBuild) throw new Error(`refusing to empty ${outDir}: it is not empty and holds no previous build`);
    // A folder that cannot be renamed (a mount point) is emptied: the build then renders every page.
    moved = keep
      ? await rename(outDir, previous).then(
          () => previous,
          () => null,
        )
      : null;
    if (moved === null) await rm(outDir, { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true });
  return moved;
}

/**
 * Builds the site from records: data files and schemas, pages (Eleventy),
 * search index (Pagefind). Output depends only on the records and the code.
 */
export async function buildSite(records: Records, options: BuildOptions): Promise<void> {
  const outDir = resolve(options.outDir);
  const timed = stageTimer(options.onStage);
  const part = options.part ?? WHOLE_SITE;
  const mine = (url: string) => owns(part, url);
  // A merge checks the shards' folders before it builds anything.
  if (part.kind === "merge" && (options.parts ?? []).some((p) => resolve(p) === outDir)) {
    throw new Error(`merge: the output folder ${outDir} is one of the parts; write the merged site elsewhere`);
  }
  const partsFiles = part.kind === "merge" ? await partFiles(options.parts ?? [], mine) : null;
  const ledgerDir = options.pageLedger === undefined ? DEFAULT_PAGE_LEDGER : options.pageLedger;
  // Setting the previous build aside and moving its files over, then removing what is left of it.
  const { previous, ledger } = await timed("previous build", async () => {
    const previous = await prepareOutDir(outDir, ledgerDir !== null);
    return {
      previous,
      ledger: ledgerDir === null ? undefined : await openPageLedger(ledgerDir, outDir, previous, part),
    };
  });
  const entities = options.entities ?? (await timed("entities", () => buildEntities(sortedReports(records))));
  // A report's downloads and table charts are made from its record alone: those of a report whose record is
  // what it was in the previous build into this folder are moved over (page ledger), the others made.
  const reports = sortedReports(records);
  const fresh: Report[] = [];
  await timed("previous build", async () => {
    for (const report of reports) {
      if (!(await ledger?.keepFiles(reportGroup(report), report, outDir))) fresh.push(report);
    }
  });
  // Every part writes every data file: the pages read them back (site-data.ts); the files it does not own are pruned.
  await timed("data files", async () => {
    await writeFiles(outDir, [...reportFiles(records, await generatorName(), entities.links), ...schemaFiles()]);
    const downloads = [...tableFiles(fresh), ...(await workbookFiles(fresh))];
    await writeFiles(outDir, downloads);
    madeFor(ledger, fresh, downloads);
  });
  const cache = options.chartCache ?? DEFAULT_CHART_CACHE;
  const chartsLine = await timed("charts", async () => {
    // One pool for the three kinds, drawn side by side; the files are still written in a fixed order.
    const { render, close } = pooledRenderer();
    try {
      const [charts, metricCharts, ownCharts] = await Promise.all([
        tableCharts(
          fresh.filter((r) => mine(r.url)),
          cache,
          render,
        ),
        indicatorCharts(reports, entities.indicators, cache, render, mine),
        seriesCharts(reports, entities.indicators, cache, render, mine),
      ]);
      await writeFiles(outDir, [...charts.files, ...metricCharts.files, ...ownCharts.files]);
      madeFor(ledger, fresh, charts.files);
      // Only the counts outlive the stage: every SVG is written and let go (0.7 MB a report held to the end).
      return (
        `charts: ${charts.charted.length} tables (${charts.rendered} rendered, ${charts.cached} from the cache), ` +
        `${metricCharts.charted.length} indicators, ${ownCharts.charted.length} report/region/school series` +
        (ledger ? `; ${ledger.keptFileGroups()} reports' downloads and table charts kept from the previous build` : "")
      );
    } finally {
      await close();
    }
  });
  options.log?.(chartsLine);
  // Written with the other data files, before the pages: the pages read them back (validated) through
  // the site data, and the downloads page lists them.
  await timed("data files", () =>
    writeFiles(outDir, [
      ...entityFiles(entities),
      ...historyFiles(options.releases ?? emptyLedger(), records.reports, siteConfig()),
    ]),
  );
  const rendered = await timed("Eleventy", async () => {
    const pages = await runEleventy(outDir, {
      part,
      ...(ledger ? { ledger } : {}),
      ...(options.htmlCache === undefined ? {} : { htmlCache: options.htmlCache }),
    });
    ledger?.rendered(pages);
    await ledger?.restore(outDir);
    return pages;
  });
  // What is left of the previous build but its search bundles (which the index may still move over) is
  // removed while the rest of the build runs: it waits on Pagefind's process, this on the disk.
  const clearing =
    previous === null ? null : settled(pruneOutDir(previous, (url) => url.startsWith(`/${outputFolders.search}/`)));
  if (ledger) options.log?.(`pages: ${ledger.keptPages().length} kept from the previous build`);
  if (part.kind !== "all") {
    await timed("parts", async () => {
      await pruneOutDir(outDir, mine);
      if (partsFiles) await copyParts(partsFiles, outDir);
    });
  }
  // After the parts: a merge checks every redirect's target against the whole site, which a shard lacks.
  await timed("redirects", async () => {
    const redirects = options.redirects ?? (await readRedirects());
    const taken = new Set(redirects.map((r) => r.from));
    await writeRedirects(outDir, [...redirects, ...specialtyAliasRedirects(entities.specialties, taken)], {
      owns: mine,
      complete: part.kind !== "shard",
    });
  });
  if (options.search !== false) {
    const search = await timed("Pagefind", () =>
      indexSite(outDir, {
        owns: mine,
        bucketed: options.searchBuckets ?? records.reports.length >= BUCKETED_FROM_REPORTS,
        known: ledger ? ledger.knownPages() : rendered,
        ...(ledger ? { ledger } : {}),
        ...(options.searchCache === undefined ? {} : { cacheDir: options.searchCache }),
      }),
    );
    options.log?.(
      `search index: ${search.pages} pages in ${search.bundles} bundles (${search.bundles - search.cached - search.kept} indexed, ` +
        `${search.cached} from the cache${ledger ? `, ${search.kept} kept from the previous build` : ""})`,
    );
  }
  await timed("previous build", async () => {
    const failed = await clearing;
    if (failed) throw failed.error;
    if (previous !== null) await rm(previous, { recursive: true, force: true });
    if (ledger && ledgerDir !== null) await savePageLedger(ledger, ledgerDir, outDir);
  });
}

/** A promise that never rejects: what `work` threw, or null; awaited later, its failure is not unhandled meanwhile. */
const settled = (work: Promise<unknown>): Promise<{ error: unknown } | null> =>
  work.then(
    () => null,
    (error: unknown) => ({ error }),
  );

/** The page ledger's name for the files made from one report's record (downloads, table charts). */
const reportGroup = (report: Report): string => `report:${report.id}`;

/** Tells the ledger which of `files` were made for each of `reports` (its files are under its folder). */
function madeFor(
  ledger: PageLedger | undefined,
  reports: readonly Report[],
  files: readonly OutputFile<string | Uint8Array>[],
): void {
  if (!ledger) return;
  // `/reports/<id>/` → `reports/<id>/`, the start of the dist/-relative path of every file in its folder.
  const folders = new Map(reports.map((r) => [r.url.slice(1), reportGroup(r)]));
  const byGroup = new Map<string, string[]>();
  for (const file of files) {
    const group = folders.get(file.path.slice(0, file.path.indexOf("/", "reports/".length) + 1));
    if (group === undefined) throw new Error(`page ledger: ${file.path} is not in a report's folder`);
    byGroup.set(group, [...(byGroup.get(group) ?? []), file.path]);
  }
  for (const report of reports) ledger.made(reportGroup(report), byGroup.get(reportGroup(report)) ?? []);
}

/** Runs a stage and tells `onStage` how long it took; without `onStage`, just runs it. */
function stageTimer(onStage: BuildOptions["onStage"]) {
  return async <T>(stage: BuildStage, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    onStage?.(stage, performance.now() - start);
    return result;
  };
}

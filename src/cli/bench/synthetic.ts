/**
 * `npm run bench -- --synthetic N`: N reports derived from the bundled texts (src/pipeline/synthetic/)
 * written to a temporary content folder, built into a temporary site with the time of each stage, the
 * pages written, pages per second and peak memory; then as many plain Eleventy Markdown pages, built in
 * the same run, as the baseline the build is compared with. Nothing is left behind.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { defaultThreads } from "../../lib/pool.ts";
import { entitiesOfCached } from "../../pipeline/entities.ts";
import { readInputs } from "../../pipeline/inputs.ts";
import { buildRecordsCached } from "../../pipeline/records.ts";
import { bundledSources, deriveReport, planCorpus } from "../../pipeline/synthetic/corpus.ts";
import { buildSite, type BuildStage, type Log } from "../../site/build.ts";
import { benchBaseline } from "./baseline.ts";
import { fmt, MB } from "./measure.ts";

export interface SyntheticBenchOptions {
  readonly reports: number;
  readonly seed?: number;
  /** Build the Pagefind index (default true). */
  readonly search?: boolean;
  /**
   * Where the caches live (`records/`, `entities/`, `charts/`, `html/`, `search/`); default a
   * temporary folder, so every run is a cold build. A second run with the same folder measures a warm one.
   */
  readonly cacheDir?: string;
  /**
   * After the build, add one more derived report to the content folder and build again with the caches
   * the first build left (what a maintainer does when a new report arrives), timing that build too.
   */
  readonly addOne?: boolean;
  readonly now?: () => number;
  readonly log?: Log;
}

/** The stages in the order they run: reading and parsing, entities, then the site build's own. */
type Stage = "records" | BuildStage;
const STAGES: readonly Stage[] = [
  "records",
  "entities",
  "previous build",
  "data files",
  "charts",
  "Eleventy",
  "redirects",
  "Pagefind",
];

export interface SyntheticBench {
  readonly reports: number;
  readonly published: number;
  readonly bytes: number;
  readonly generateMs: number;
  /** Each stage that ran, with its time summed over its runs. */
  readonly stages: readonly { readonly stage: Stage; readonly ms: number }[];
  readonly buildMs: number;
  readonly pages: number;
  /** The process's peak resident memory after the build (before the baseline). */
  readonly peakRssBytes: number;
  readonly baseline: { readonly pages: number; readonly ms: number };
  /** The rebuild after adding one report (`addOne`), with its stages; null when not asked for. */
  readonly added: {
    readonly stages: readonly { readonly stage: Stage; readonly ms: number }[];
    readonly buildMs: number;
    readonly pages: number;
  } | null;
}

/** Derives the corpus into `dir` one text at a time (a large corpus never sits in memory); returns its bytes. */
async function writeCorpus(dir: string, reports: number, seed: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const plan of planCorpus(await bundledSources(), reports, seed)) {
    const text = deriveReport(plan);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, plan.file), text);
  }
  return bytes;
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}

/** Builds the content folder as `npm run build` does, timing every stage. */
async function timedBuild(contentDir: string, work: string, options: SyntheticBenchOptions, now: () => number) {
  const times = new Map<Stage, number>();
  const add = (stage: Stage, ms: number): void => void times.set(stage, (times.get(stage) ?? 0) + ms);
  const start = now();
  const inputs = await readInputs(contentDir);
  const caches = options.cacheDir ?? join(work, "cache");
  const { records } = await buildRecordsCached(inputs, { cacheDir: join(caches, "records") });
  add("records", now() - start);
  const entitiesStart = now();
  const { entities } = await entitiesOfCached(records.reports, inputs, { cacheDir: join(caches, "entities") });
  add("entities", now() - entitiesStart);
  const outDir = join(work, "dist");
  const search = options.search ?? true;
  await buildSite(records, {
    outDir,
    entities,
    search,
    chartCache: join(caches, "charts"),
    searchCache: join(caches, "search"),
    htmlCache: join(caches, "html"),
    pageLedger: join(caches, "pages"),
    onStage: add,
  });
  const buildMs = now() - start;
  const stages = STAGES.flatMap((stage) => {
    const ms = times.get(stage);
    return ms === undefined ? [] : [{ stage, ms }];
  });
  return { published: records.reports.length, stages, buildMs, pages: await countPages(outDir) };
}

/** Writes the report the corpus would have one more of (planCorpus is the same up to there) and builds again. */
async function addOneAndBuild(contentDir: string, work: string, options: SyntheticBenchOptions, now: () => number) {
  const plan = planCorpus(await bundledSources(), options.reports + 1, options.seed ?? 1).at(-1);
  if (!plan) throw new Error("planCorpus gave no report");
  await writeFile(join(contentDir, `added-${plan.file}`), deriveReport(plan));
  const { stages, buildMs, pages } = await timedBuild(contentDir, work, options, now);
  return { stages, buildMs, pages };
}

/** Generates, builds and measures the synthetic corpus, then the baseline; removes its temporary folder. */
export async function benchSynthetic(options: SyntheticBenchOptions): Promise<SyntheticBench> {
  const now = options.now ?? (() => performance.now());
  const work = await mkdtemp(join(tmpdir(), "bench-synthetic-"));
  try {
    const generateStart = now();
    const bytes = await writeCorpus(join(work, "content"), options.reports, options.seed ?? 1);
    const generateMs = now() - generateStart;
    const build = await timedBuild(join(work, "content"), work, options, now);
    // maxRSS is in kilobytes and only grows: read it before the rebuild and the baseline add to it.
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    const added = options.addOne ? await addOneAndBuild(join(work, "content"), work, options, now) : null;
    const baseline = await benchBaseline(join(work, "baseline"), build.pages, now);
    return { reports: options.reports, bytes, generateMs, ...build, peakRssBytes, baseline, added };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const seconds = (ms: number): string => `${fmt(ms / 1000, 1)} s`;
const perSecond = (count: number, ms: number): string => fmt(count / (ms / 1000), 1);

/** One line per stage: its time and share of the build. */
function stageLines(stages: SyntheticBench["stages"], buildMs: number): string[] {
  return stages.map(
    (s) => `  ${s.stage.padEnd(14)} ${seconds(s.ms).padStart(8)}  ${fmt((100 * s.ms) / buildMs, 0).padStart(3)}%`,
  );
}

/** The rebuild after adding one report: its time and stages. */
function addedLines(a: NonNullable<SyntheticBench["added"]>): string[] {
  return [
    `add one report, rebuilt with the caches: ${a.pages} pages in ${seconds(a.buildMs)}`,
    ...stageLines(a.stages, a.buildMs),
  ];
}

/** The printed lines: the corpus, the build and its stages, the baseline and the ratio. */
export function syntheticLines(b: SyntheticBench): string[] {
  const eleventyMs = b.stages.find((s) => s.stage === "Eleventy")?.ms ?? 0;
  return [
    `synthetic corpus: ${b.reports} reports (${fmt(b.bytes / MB, 1)} MB) derived in ${seconds(b.generateMs)}; ` +
      `${b.published} published`,
    `build: ${b.pages} pages in ${seconds(b.buildMs)} → ${perSecond(b.pages, b.buildMs)} pages/s, ` +
      `${fmt(b.pages / Math.max(1, b.published), 1)} pages per report; peak memory ${fmt(b.peakRssBytes / MB, 0)} MB`,
    ...stageLines(b.stages, b.buildMs),
    ...(b.added ? addedLines(b.added) : []),
    `baseline: ${b.baseline.pages} plain Eleventy Markdown pages in ${seconds(b.baseline.ms)} → ` +
      `${perSecond(b.baseline.pages, b.baseline.ms)} pages/s`,
    `ratio: our build takes ${fmt(b.buildMs / b.baseline.ms, 1)}× the baseline ` +
      `(its Eleventy stage alone ${fmt(eleventyMs / b.baseline.ms, 1)}×)`,
  ];
}

/** Runs the synthetic bench and prints it. */
export async function runSyntheticBench(options: SyntheticBenchOptions): Promise<SyntheticBench> {
  const log = options.log ?? ((line: string) => console.log(line));
  log(
    `synthetic bench: ${options.reports} reports, seed ${options.seed ?? 1}, search ${options.search === false ? "off" : "on"}, ` +
      `caches ${options.cacheDir ?? "empty (temporary)"}, ${defaultThreads()} threads`,
  );
  const result = await benchSynthetic(options);
  for (const line of syntheticLines(result)) log(line);
  return result;
}

/**
 * SVG cache keyed by the spec: SHA-256 of the spec's canonical JSON plus the vega and vega-lite versions
 * and the version of our own SVG post-processing, so an upgrade or a change here never serves stale bytes.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

import * as vega from "vega";
import { type TopLevelSpec, version as vegaLiteVersion } from "vega-lite";

import { FILES_AT_ONCE, mapConcurrently } from "../../lib/concurrently.ts";
import { specHash } from "./hash.ts";
import { renderSvg } from "./svg.ts";

/** Bump when renderSvg's output changes for the same spec and versions. */
export const SVG_FORMAT_VERSION = "charts-svg-3";

/** The cache key of a spec (hex SHA-256). */
export function cacheKey(spec: TopLevelSpec): string {
  return specHash(spec, `vega@${vega.version}`, `vega-lite@${vegaLiteVersion}`, SVG_FORMAT_VERSION);
}

/** Renders specs to SVGs, results in spec order: one by one on this thread, or in a worker pool. */
export type SvgRenderer = (specs: readonly TopLevelSpec[]) => Promise<string[]>;

/** The default {@link SvgRenderer}: one spec at a time on this thread (one Vega view alive at once). */
export const renderEach: SvgRenderer = async (specs) => {
  const svgs: string[] = [];
  for (const spec of specs) svgs.push(await renderSvg(spec));
  return svgs;
};

/** Distinct temporary names: two renders of one spec in flight at once must not write the same file. */
let temporaries = 0;

async function store(file: string, svg: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${++temporaries}.tmp`;
  await writeFile(temporary, svg);
  await rename(temporary, file);
}

async function readCached(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return null;
  }
}

/**
 * The SVGs of many specs, in spec order: each from `cacheDir/<key>.svg` when present (`hit: true`); the
 * misses (each distinct spec once) handed to `render` in one batch, so a pool can draw them side by side,
 * and stored (written to a temporary name and renamed, so a crash never leaves half a file).
 */
export async function renderAllCached(
  specs: readonly TopLevelSpec[],
  cacheDir: string,
  render: SvgRenderer = renderEach,
): Promise<{ svg: string; hit: boolean }[]> {
  const files = specs.map((spec) => join(cacheDir, `${cacheKey(spec)}.svg`));
  // A bounded number of reads at a time: thousands of charts must not open thousands of files at once.
  const cached = await mapConcurrently(files, FILES_AT_ONCE, readCached);
  const missing = new Map<string, TopLevelSpec>();
  specs.forEach((spec, i) => {
    const file = files[i] ?? "";
    if (cached[i] === null && !missing.has(file)) missing.set(file, spec);
  });
  const rendered = new Map<string, string>();
  if (missing.size > 0) {
    const svgs = await render([...missing.values()]);
    await mkdir(cacheDir, { recursive: true });
    for (const [i, file] of [...missing.keys()].entries()) {
      const svg = svgs[i];
      if (svg === undefined) throw new Error(`the renderer returned ${svgs.length} SVGs for ${missing.size} specs`);
      rendered.set(file, svg);
      await store(file, svg);
    }
  }
  // A repeat of a spec rendered in this batch counts as a hit, as it would have been one at a time.
  const first = new Set<string>();
  return files.map((file, i) => {
    const svg = cached[i] ?? rendered.get(file) ?? "";
    const hit = cached[i] !== null || first.has(file);
    first.add(file);
    return { svg, hit };
  });
}

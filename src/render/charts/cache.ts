/**
 * SVG cache keyed by the spec: SHA-256 of the spec's canonical JSON plus the vega and vega-lite versions
 * and the version of our own SVG post-processing, so an upgrade or a change here never serves stale bytes.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

import * as vega from "vega";
import { type TopLevelSpec, version as vegaLiteVersion } from "vega-lite";

import { specHash } from "./hash.ts";
import { renderSvg } from "./svg.ts";

/** Bump when renderSvg's output changes for the same spec and versions. */
export const SVG_FORMAT_VERSION = "charts-svg-3";

/** The cache key of a spec (hex SHA-256). */
export function cacheKey(spec: TopLevelSpec): string {
  return specHash(spec, `vega@${vega.version}`, `vega-lite@${vegaLiteVersion}`, SVG_FORMAT_VERSION);
}

/**
 * The SVG of a spec, from `cacheDir/<key>.svg` when present (`hit: true`), else rendered and stored
 * (written to a temporary name and renamed, so a crash never leaves half a file).
 */
export async function renderCached(spec: TopLevelSpec, cacheDir: string): Promise<{ svg: string; hit: boolean }> {
  const file = join(cacheDir, `${cacheKey(spec)}.svg`);
  try {
    return { svg: await readFile(file, "utf8"), hit: true };
  } catch {
    const svg = await renderSvg(spec);
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, svg);
    await rename(temporary, file);
    return { svg, hit: false };
  }
}

/**
 * Chart SVGs drawn in worker threads: Vega-Lite → Vega → SVG takes tens of milliseconds a chart and one
 * chart does not depend on another, so the misses of the chart cache are shared out over the cores.
 */
import { createPool, type PoolOptions } from "../../lib/pool.ts";
import type { SvgRenderer } from "../../render/charts/index.ts";
import { renderSvg, titleText } from "../../render/charts/svg.ts";

/** A renderer backed by a pool of workers (started only when a spec misses the cache), and its `close`. */
export function pooledRenderer(options: PoolOptions = {}): { render: SvgRenderer; close: () => Promise<void> } {
  const pool = createPool<Parameters<typeof renderSvg>[0], string>(
    { module: new URL("../../render/charts/svg.ts", import.meta.url), name: renderSvg.name },
    options,
  );
  return {
    render: (specs) => Promise.all(specs.map((spec) => pool.run(spec, `chart ${JSON.stringify(titleText(spec))}`))),
    close: () => pool.close(),
  };
}

/**
 * The chart stage: table and indicator records → Vega-Lite specs (data) → SVG at build time.
 *
 *   decideChart                  the rules: which tables make which chart, and why
 *   planSpec                     table → Vega-Lite spec (inline data, Chinese titles with units, description)
 *   indicatorChartSpec           indicator series → spec with a link on every point
 *   renderSvg / renderAllCached  spec → accessible, deterministic SVG (cached by spec hash, misses in a batch)
 *   chartFigure                  SVG + spec → `<figure class="chart">` HTML
 */
export { renderAllCached, type SvgRenderer } from "./cache.ts";
export { decideChart } from "./decide.ts";
export { chartFigure, type ChartLinks, sourceReports } from "./figure.ts";
export { indicatorChartSpec } from "./indicator-spec.ts";
export { planSpec } from "./spec.ts";
export { renderSvg } from "./svg.ts";

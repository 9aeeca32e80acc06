/**
 * The chart stage: table and indicator records → Vega-Lite specs (data) → SVG at build time.
 *
 *   decideChart / chartKind   the rules: which tables make which chart, and why
 *   tableChartSpec            table → Vega-Lite spec (inline data, Chinese titles with units, description)
 *   indicatorChartSpec        indicator series → spec with a link on every point
 *   renderSvg / renderCached  spec → accessible, deterministic SVG (cached by spec hash)
 *   chartFigure               SVG + spec → `<figure class="chart">` HTML
 */
export { cacheKey, renderCached } from "./cache.ts";
export { type CompileMessages, compileSpec } from "./compile.ts";
export { chartKind, decideChart } from "./decide.ts";
export { chartFigure, type ChartLinks } from "./figure.ts";
export { indicatorChartSpec, indicatorPanelData } from "./indicator-spec.ts";
export { flattens, type PanelDatum, panelSpec } from "./panel-spec.ts";
export { planSpec, reportIdOf, tableChartSpec, tableTitle, VEGA_LITE_SCHEMA } from "./spec.ts";
export { estimateTextWidth, renderSvg } from "./svg.ts";
export type { ChartDatum, ChartDecision, ChartKind, ChartPlan, NoChart } from "./types.ts";

/** The HTML of a chart on a page: the inline SVG, a caption with the source, download links. No script. */
import type { TopLevelSpec } from "vega-lite";

import { escapeHtml } from "../../lib/html.ts";
import { titleText } from "./svg.ts";

/** Where the spec, the SVG and the table's CSV can be downloaded. */
export interface ChartLinks {
  readonly spec: string;
  readonly svg: string;
  readonly csv: string;
}

/** `usermeta.source` of a spec made by this stage, if present. */
function sourceOf(spec: TopLevelSpec): { report?: unknown; table?: unknown; line?: unknown } | null {
  const source = (spec.usermeta as { source?: unknown } | undefined)?.source;
  return source && typeof source === "object" ? source : null;
}

/** The reports an indicator chart's points come from (`usermeta.sources`), in order of appearance. */
function sourceReports(spec: TopLevelSpec): string[] {
  const sources = (spec.usermeta as { sources?: unknown } | undefined)?.sources;
  if (!Array.isArray(sources)) return [];
  const reports = sources.map((s: unknown) => (s && typeof s === "object" ? (s as { report?: unknown }).report : null));
  return [...new Set(reports.filter((r): r is string => typeof r === "string"))];
}

/**
 * `来源：原文第 35 行` from a table chart's source; for charts of indicators, the reports their points
 * come from; "" when the spec names none.
 */
function sourceText(spec: TopLevelSpec): string {
  const line = sourceOf(spec)?.line;
  if (typeof line === "number") return `来源：原文第 ${line} 行`;
  const reports = sourceReports(spec);
  return reports.length > 0 ? `来源：${reports.join("、")}（每个数据点链接到它的出处）` : "";
}

/** What the chart leaves out of its table (`usermeta.leftOut`: 增量行未绘出…), said under it. */
function leftOutOf(spec: TopLevelSpec): string[] {
  const notes = (spec.usermeta as { leftOut?: unknown } | undefined)?.leftOut;
  return Array.isArray(notes) ? notes.filter((n): n is string => typeof n === "string") : [];
}

/** The SVG's own width in px (its `width` attribute), or null. */
function svgWidth(svg: string): number | null {
  const width = /^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1];
  return width ? Number(width) : null;
}

/**
 * `<figure class="chart">` with the SVG (trusted: rendered by {@link renderSvg}), a `<figcaption>` with
 * the title and source (`sourceNote`, else read from the spec), and links to the spec (JSON), the SVG and
 * the data (CSV).
 */
export function chartFigure(svg: string, spec: TopLevelSpec, links: ChartLinks, sourceNote?: string): string {
  const source = sourceNote ?? sourceText(spec);
  const notes = leftOutOf(spec);
  const caption = [
    `<span class="chart-title">${escapeHtml(titleText(spec))}</span>`,
    source ? ` <span class="chart-source">${escapeHtml(source)}</span>` : "",
    notes.length > 0 ? `<span class="chart-note">说明：${escapeHtml(notes.join("；"))}。</span>` : "",
  ].join("");
  const link = (href: string, text: string, type: string): string =>
    `<a href="${escapeHtml(href)}" download type="${type}">${text}</a>`;
  const downloads = [
    link(links.csv, "数据（CSV）", "text/csv"),
    link(links.svg, "图（SVG）", "image/svg+xml"),
    link(links.spec, "图表规格（Vega-Lite JSON）", "application/json"),
  ].join(" ");
  // The natural width lets the stylesheet shrink a chart only so far on a narrow screen, then scroll it.
  const width = svgWidth(svg);
  return [
    width ? `<figure class="chart" style="--chart-width: ${width}px">` : `<figure class="chart">`,
    svg,
    `<figcaption>${caption}<span class="chart-downloads">下载：${downloads}</span></figcaption>`,
    `</figure>`,
  ].join("");
}

/**
 * The HTML of a chart on a page: the chart (inline SVG, or an `<img>` of the published SVG file), a
 * caption with the source, download links. No script.
 */
import type { TopLevelSpec } from "vega-lite";

import { escapeHtml } from "../../lib/html.ts";
import { titleText } from "./svg.ts";

/** Where the spec, the SVG and the table's CSV can be downloaded. */
export interface ChartLinks {
  readonly spec: string;
  readonly svg: string;
  readonly csv: string;
}

/** Where the interactive chart (inline SVG with tooltips and links) is, for a figure that shows an image. */
export interface ChartPageLink {
  readonly href: string;
  readonly text: string;
}

/** `usermeta.source` of a spec made by this stage, if present. */
function sourceOf(spec: TopLevelSpec): { report?: unknown; table?: unknown; line?: unknown } | null {
  const source = (spec.usermeta as { source?: unknown } | undefined)?.source;
  return source && typeof source === "object" ? source : null;
}

/** The reports an indicator chart's points come from (`usermeta.sources`, report ids), in order of appearance. */
export function sourceReports(spec: TopLevelSpec): string[] {
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

/** The SVG's own size in px (the root's `width` and `height` attributes), or null. */
function svgSize(svg: string): { width: number; height: number } | null {
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  const width = /\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1];
  const height = /\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1];
  return width && height ? { width: Number(width), height: Number(height) } : null;
}

/** What the chart shows, in words: the spec's description (Vega's `aria-description`), else its title. */
function altText(spec: TopLevelSpec): string {
  return typeof spec.description === "string" && spec.description !== "" ? spec.description : titleText(spec);
}

/**
 * Where a figure's download links are: in its caption, or only on the page its caption links to (a
 * report page's copy of a table's chart: the table's page has them).
 */
export type Downloads = "in-caption" | "on-linked-page";

/** The `<figcaption>`: title, source, notes, an optional link, the downloads unless `more` has them. */
function caption(
  spec: TopLevelSpec,
  links: ChartLinks,
  sourceNote?: string,
  more?: ChartPageLink,
  downloadsAt: Downloads = "in-caption",
): string {
  const source = sourceNote ?? sourceText(spec);
  const notes = leftOutOf(spec);
  const link = (href: string, text: string, type: string): string =>
    `<a href="${escapeHtml(href)}" download type="${type}">${text}</a>`;
  const downloads = [
    link(links.csv, "数据（CSV）", "text/csv"),
    link(links.svg, "图（SVG）", "image/svg+xml"),
    link(links.spec, "图表规格（Vega-Lite JSON）", "application/json"),
  ].join(" ");
  return [
    `<figcaption><span class="chart-title">${escapeHtml(titleText(spec))}</span>`,
    source ? ` <span class="chart-source">${escapeHtml(source)}</span>` : "",
    notes.length > 0 ? `<span class="chart-note">说明：${escapeHtml(notes.join("；"))}。</span>` : "",
    more ? `<a class="chart-page" href="${escapeHtml(more.href)}">${escapeHtml(more.text)}</a>` : "",
    downloadsAt === "in-caption" ? `<span class="chart-downloads">下载：${downloads}</span>` : "",
    `</figcaption>`,
  ].join("");
}

/** `<figure class="chart">`, with the natural width that lets the stylesheet shrink the chart only so far. */
function figureOpen(width: number | undefined): string {
  // On a narrow screen the chart shrinks to a legible minimum, then scrolls.
  return width ? `<figure class="chart" style="--chart-width: ${width}px">` : `<figure class="chart">`;
}

/**
 * `<figure class="chart">` with the SVG (trusted: rendered by {@link renderSvg}), a `<figcaption>` with
 * the title and source (`sourceNote`, else read from the spec), and links to the spec (JSON), the SVG and
 * the data (CSV).
 */
export function chartFigure(svg: string, spec: TopLevelSpec, links: ChartLinks, sourceNote?: string): string {
  return [figureOpen(svgSize(svg)?.width), svg, caption(spec, links, sourceNote), `</figure>`].join("");
}

/**
 * The same figure with the published SVG file as a lazily loaded `<img>` (its size from the SVG, the
 * chart's description as alt text) instead of inline markup, and a link to the page that has the
 * interactive chart: for long pages with many charts, where inline SVG would weigh more than the text.
 * `downloads` "on-linked-page" leaves the download links to that page.
 */
export function chartImageFigure(
  svg: string,
  spec: TopLevelSpec,
  links: ChartLinks,
  page: ChartPageLink,
  sourceNote?: string,
  downloads: Downloads = "in-caption",
): string {
  const size = svgSize(svg);
  const dimensions = size ? ` width="${size.width}" height="${size.height}"` : "";
  const img = `<img src="${escapeHtml(links.svg)}"${dimensions} alt="${escapeHtml(altText(spec))}" loading="lazy">`;
  return [figureOpen(size?.width), img, caption(spec, links, sourceNote, page, downloads), `</figure>`].join("");
}

/** The HTML of a chart on a page: the inline SVG, a caption with the source, download links. No script. */
import type { TopLevelSpec } from "vega-lite";
import { titleText } from "./svg.ts";

/** Where the spec, the SVG and the table's CSV can be downloaded. */
export interface ChartLinks {
  readonly spec: string;
  readonly svg: string;
  readonly csv: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `usermeta.source` of a spec made by this stage, if present. */
function sourceOf(spec: TopLevelSpec): { report?: unknown; table?: unknown; line?: unknown } | null {
  const source = (spec.usermeta as { source?: unknown } | undefined)?.source;
  return source && typeof source === "object" ? source : null;
}

/** `来源：原文第 35 行` from the spec's source, or "" when it has none. */
function sourceText(spec: TopLevelSpec): string {
  const line = sourceOf(spec)?.line;
  return typeof line === "number" ? `来源：原文第 ${line} 行` : "";
}

/**
 * `<figure class="chart">` with the SVG (trusted: rendered by {@link renderSvg}), a `<figcaption>` with
 * the title and source, and links to the spec (JSON), the SVG and the data (CSV).
 */
export function chartFigure(svg: string, spec: TopLevelSpec, links: ChartLinks): string {
  const source = sourceText(spec);
  const caption = [
    `<span class="chart-title">${escapeHtml(titleText(spec))}</span>`,
    source ? ` <span class="chart-source">${escapeHtml(source)}</span>` : "",
  ].join("");
  const link = (href: string, text: string, type: string): string =>
    `<a href="${escapeHtml(href)}" download type="${type}">${text}</a>`;
  const downloads = [
    link(links.csv, "数据（CSV）", "text/csv"),
    link(links.svg, "图（SVG）", "image/svg+xml"),
    link(links.spec, "图表规格（Vega-Lite JSON）", "application/json"),
  ].join(" ");
  return [
    `<figure class="chart">`,
    svg,
    `<figcaption>${caption}<span class="chart-downloads">下载：${downloads}</span></figcaption>`,
    `</figure>`,
  ].join("");
}

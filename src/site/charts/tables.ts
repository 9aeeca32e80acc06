import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { TopLevelSpec } from "vega-lite";

import type { Report, Table } from "../../model/index.ts";
import { outputPath, urls } from "../../model/urls.ts";
import { chartImageFigure } from "../../render/charts/figure.ts";
import { chartFigure, decideChart, planSpec, renderAllCached, type SvgRenderer } from "../../render/charts/index.ts";
import { type OutputFile, toJson } from "../output.ts";
import { withBriefAlt } from "./image-alt.ts";

/** What rendering every chart gave: the files to write, the charted tables, how many SVGs came from the cache. */
export interface TableCharts {
  readonly files: OutputFile[];
  /** URLs of the tables that got a chart, in report and document order. */
  readonly charted: string[];
  readonly rendered: number;
  readonly cached: number;
}

/** The chart spec of every table the chart rules accept, in report and document order. */
function plannedCharts(reports: readonly Report[]): { table: Table; spec: TopLevelSpec }[] {
  return reports.flatMap((report) =>
    report.tables.flatMap((table) => {
      const decision = decideChart(table);
      return decision.kind === null ? [] : [{ table, spec: planSpec(decision, table, report.id) }];
    }),
  );
}

/**
 * Renders the chart of every table whose data the chart rules accept
 * (src/render/charts/decide.ts) into a spec and an SVG beside the table's
 * CSV, reusing SVGs cached under `cacheDir` by spec hash, so a rebuild
 * re-renders only charts whose data changed; `render` draws the misses (default: on this thread).
 */
export async function tableCharts(
  reports: readonly Report[],
  cacheDir: string,
  render?: SvgRenderer,
): Promise<TableCharts> {
  const planned = plannedCharts(reports);
  const svgs = await renderAllCached(
    planned.map((p) => p.spec),
    cacheDir,
    render,
  );
  const files: OutputFile[] = [];
  let cached = 0;
  planned.forEach(({ table, spec }, i) => {
    const { svg = "", hit = false } = svgs[i] ?? {};
    const links = chartLinks(table);
    files.push({ path: outputPath(links.spec), content: toJson(spec) }, { path: outputPath(links.svg), content: svg });
    if (hit) cached++;
  });
  const charted = planned.map((p) => p.table.url);
  return { files, charted, rendered: charted.length - cached, cached };
}

/** The download links of a table's chart, beside its CSV. */
function chartLinks(table: Table): { spec: string; svg: string; csv: string } {
  return {
    spec: urls.download(table.url, "vl.json"),
    svg: urls.download(table.url, "svg"),
    csv: urls.download(table.url, "csv"),
  };
}

/** A table's chart as each page shows it. */
export interface TableChartFigure {
  /** On the table's page: the inline SVG, with tooltips and a link on every mark. */
  readonly inline: string;
  /**
   * In the report's narrative, right under the table: an image of the SVG file, whose alt text says what
   * it draws and that the values are in the table above, and a link to the table's page, which has the
   * downloads.
   */
  readonly image: string;
}

/**
 * The chart figures of a report's tables, by table id, read back from the
 * files the build wrote into `outDir` (the pages see only what was published).
 */
export async function readChartFigures(outDir: string, report: Report): Promise<Map<string, TableChartFigure>> {
  const figures = new Map<string, TableChartFigure>();
  for (const table of report.tables) {
    const links = chartLinks(table);
    const svg = await readFile(join(outDir, outputPath(links.svg)), "utf8").catch(() => null);
    if (svg === null) continue;
    const spec = JSON.parse(await readFile(join(outDir, outputPath(links.spec)), "utf8")) as TopLevelSpec;
    const page = { href: table.url, text: `可交互的图（数值提示）见表${table.number}页面` };
    const image = chartImageFigure(svg, withBriefAlt(spec, "数值见上表。"), links, page, undefined, "on-linked-page");
    figures.set(table.id, { inline: chartFigure(svg, spec, links), image });
  }
  return figures;
}

import type { Report, Table } from "../model/index.ts";
import { chartFigure, decideChart, planSpec, renderCached } from "../render/charts/index.ts";
import { type OutputFile, toJson } from "./data-files.ts";
import { outputPath, urls } from "./urls.ts";

/** A table's chart: the figure HTML for its pages, and the spec and SVG to download. */
export interface TableChart {
  readonly html: string;
  readonly files: OutputFile[];
}

/** What rendering every chart gave: charts by table URL, and how many SVGs came from the cache. */
export interface TableCharts {
  readonly byTable: Map<string, TableChart>;
  readonly rendered: number;
  readonly cached: number;
}

async function chartOf(
  report: Report,
  table: Table,
  cacheDir: string,
): Promise<{ chart: TableChart; hit: boolean } | null> {
  const decision = decideChart(table);
  if (decision.kind === null) return null;
  const spec = planSpec(decision, table, report.id);
  const { svg, hit } = await renderCached(spec, cacheDir);
  const links = {
    spec: urls.download(table.url, "vl.json"),
    svg: urls.download(table.url, "svg"),
    csv: urls.download(table.url, "csv"),
  };
  const files = [
    { path: outputPath(links.spec), content: toJson(spec) },
    { path: outputPath(links.svg), content: svg },
  ];
  return { chart: { html: chartFigure(svg, spec, links), files }, hit };
}

/**
 * Renders the chart of every table whose data the chart rules accept
 * (src/render/charts/decide.ts), reusing SVGs cached under `cacheDir` by
 * spec hash, so a rebuild re-renders only charts whose data changed.
 */
export async function tableCharts(reports: readonly Report[], cacheDir: string): Promise<TableCharts> {
  const byTable = new Map<string, TableChart>();
  let cached = 0;
  for (const report of reports) {
    for (const table of report.tables) {
      const made = await chartOf(report, table, cacheDir);
      if (!made) continue;
      byTable.set(table.url, made.chart);
      if (made.hit) cached++;
    }
  }
  return { byTable, rendered: byTable.size - cached, cached };
}

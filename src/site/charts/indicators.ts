import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { TopLevelSpec } from "vega-lite";

import { vocabulary } from "../../extract/entities/data.ts";
import type { Indicator, Report } from "../../model/index.ts";
import { outputPath, urls } from "../../model/urls.ts";
import {
  chartFigure,
  indicatorChartSpec,
  renderAllCached,
  sourceReports,
  type SvgRenderer,
} from "../../render/charts/index.ts";
import { inMainUnit } from "../../render/charts/indicator-values.ts";
import { type OutputFile, toJson } from "../output.ts";
import { schoolLevelShort } from "../views/labels.ts";
import { indicatorSourceText, indicatorSourceUrl, notDrawn } from "./panels.ts";

/** Fewest points (years × scopes) worth a chart. */
const MIN_POINTS = 2;

function chartLinks(metric: string): { spec: string; svg: string; csv: string } {
  const page = urls.indicator(metric);
  return {
    spec: urls.download(page, "vl.json"),
    svg: urls.download(page, "svg"),
    csv: urls.download(page, "csv"),
  };
}

/** Regions before schools, then by name (code points): the colour order shared by all metric charts. */
function scopeOrder(facts: readonly Indicator[]): string[] {
  const rank = new Map<string, number>();
  for (const i of facts) rank.set(i.scope.name ?? i.scope.school ?? "全区", i.scope.kind === "region" ? 0 : 1);
  return [...rank].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name]) => name);
}

/**
 * A region's figures from a secondary and from a higher-vocational report
 * are different populations: the series name says which (北京市（中职）).
 */
function withLevel(i: Indicator, reports: ReadonlyMap<string, Report>): Indicator {
  const level = reports.get(i.report)?.schoolLevel;
  if (i.scope.kind !== "region" || !level || !i.scope.name) return i;
  return { ...i, scope: { ...i.scope, name: `${i.scope.name}（${schoolLevelShort[level]}）` } };
}

/**
 * One chart per metric comparing its regions and schools over the years on one shared axis (the
 * metric's main unit, facts whose scope is certain), every point linking to its source; rendered
 * through the spec-hash cache, the misses by `render` (default: on this thread); only the charts whose
 * SVG `keep` accepts (a sharded build's part).
 */
export async function indicatorCharts(
  reports: readonly Report[],
  indicators: readonly Indicator[],
  cacheDir: string,
  render?: SvgRenderer,
  keep: (fileUrl: string) => boolean = () => true,
): Promise<{ files: OutputFile[]; charted: string[] }> {
  const published = new Map(reports.map((r) => [r.id, r]));
  const metrics = [...new Set(indicators.map((i) => i.metric))].sort();
  const drawn = metrics
    .map((metric) => ({
      metric,
      facts: inMainUnit(indicators.filter((i) => i.metric === metric && published.has(i.report))).map((i) =>
        withLevel(i, published),
      ),
    }))
    .filter((m) => m.facts.length >= MIN_POINTS);
  const scopes = scopeOrder(drawn.flatMap((m) => m.facts));
  const reportYear = (id: string) => published.get(id)?.reportYear ?? 0;
  // Filtered after the scope order, which every chart shares.
  const specs = drawn
    .filter(({ metric }) => keep(chartLinks(metric).svg))
    .map(({ metric, facts }) => {
      const name = vocabulary().metrics[metric]?.name;
      const sourceUrl = indicatorSourceUrl(reports);
      const sourceText = indicatorSourceText(reports);
      const all = indicators.filter((i) => i.metric === metric && published.has(i.report)).length;
      // One axis for every scope: the values compared are in one unit, so their sizes compare too.
      const chart = indicatorChartSpec(facts, sourceUrl, { scopes, reportYear, sourceText, ...(name ? { name } : {}) });
      const drawnCount = (chart.data as { values?: unknown[] } | undefined)?.values?.length ?? facts.length;
      const leftOut = drawnCount < all ? [notDrawn(drawnCount, all)] : [];
      const spec: TopLevelSpec = { ...chart, usermeta: { ...(chart.usermeta as object), leftOut } };
      return { metric, spec };
    });
  const svgs = await renderAllCached(
    specs.map((s) => s.spec),
    cacheDir,
    render,
  );
  const files: OutputFile[] = [];
  specs.forEach(({ metric, spec }, i) => {
    const links = chartLinks(metric);
    const content = svgs[i]?.svg ?? "";
    files.push({ path: outputPath(links.spec), content: toJson(spec) }, { path: outputPath(links.svg), content });
  });
  return { files, charted: specs.map((s) => s.metric) };
}

/**
 * A metric's chart figure read back from the published files, or null when it has none. Its source line
 * names the reports by `reportName` (北京市高职 2020), not by id: ids are for URLs and data files.
 */
export async function readIndicatorFigure(
  outDir: string,
  metric: string,
  reportName: (id: string) => string,
): Promise<string | null> {
  const links = chartLinks(metric);
  const svg = await readFile(join(outDir, outputPath(links.svg)), "utf8").catch(() => null);
  if (svg === null) return null;
  const spec = JSON.parse(await readFile(join(outDir, outputPath(links.spec)), "utf8")) as TopLevelSpec;
  const names = sourceReports(spec).map(reportName);
  return chartFigure(
    svg,
    spec,
    links,
    names.length > 0 ? `来源：${names.join("、")}（每个数据点链接到它的出处）` : undefined,
  );
}

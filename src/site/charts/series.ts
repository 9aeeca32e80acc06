/**
 * The own figures of a report, a region and a school as small multiples (one panel per metric, years
 * across): a report's overview, the region page's and the school page's series. Drawn where a metric has
 * values for two or more years; written beside the page (`overview.svg`, `indicators.svg`) with the spec
 * and the plotted data as CSV, and rendered through the spec-hash cache.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { TopLevelSpec } from "vega-lite";

import { vocabulary } from "../../extract/entities/data.ts";
import { regionSlug } from "../../extract/slug.ts";
import { toCsv } from "../../lib/csv.ts";
import { byCodePoint } from "../../lib/sort.ts";
import type { Indicator, Report } from "../../model/index.ts";
import { outputPath, urls } from "../../model/urls.ts";
import { chartImageFigure } from "../../render/charts/figure.ts";
import { chartFigure, type ChartLinks, renderAllCached, type SvgRenderer } from "../../render/charts/index.ts";
import { type PanelDatum, panelSpec } from "../../render/charts/panel-spec.ts";
import { type OutputFile, toJson } from "../output.ts";
import { schoolLevelShort } from "../views/labels.ts";
import { withBriefAlt } from "./image-alt.ts";
import { indicatorSourceText, indicatorSourceUrl, notDrawn, panelData } from "./panels.ts";

/** Code-point order: the same on every machine. */

/** Where a page's chart files are: `<page>overview.svg` for a report, `<page>indicators.svg` otherwise. */
export function seriesLinks(pageUrl: string, name: "overview" | "indicators"): ChartLinks {
  const base = `${pageUrl}${name}`;
  return { spec: `${base}.vl.json`, svg: `${base}.svg`, csv: `${base}.csv` };
}

/** The plotted data as CSV: one row per point, with its source. */
function panelCsv(data: readonly PanelDatum[]): string {
  return toCsv([
    ["指标", "单位", "年份", "范围", "数值", "原文", "出处", "链接"],
    ...data.map((d) => [d.panel, d.unit, d.year, d.series, String(d.value), d.text, d.source, d.href ?? ""]),
  ]);
}

/** One chart to draw: the page it belongs to, its title and facts. */
interface Target {
  readonly page: string;
  readonly name: "overview" | "indicators";
  readonly title: string;
  readonly facts: readonly Indicator[];
  readonly seriesOf: (i: Indicator) => string;
}

/** Every report's, region's and school's chart target (drawn only if its facts give a panel). */
function targets(reports: readonly Report[], indicators: readonly Indicator[]): Target[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const regionName = (i: Indicator) => i.scope.name ?? "全区";
  const out: Target[] = reports.map((r) => ({
    page: urls.report(r.id),
    name: "overview",
    title: `${r.region ?? r.title}：本报告给出的主要数字`,
    facts: indicators.filter((i) => i.report === r.id && i.scope.kind === "region"),
    seriesOf: regionName,
  }));
  const regions = new Map<string, Report[]>();
  for (const r of reports)
    if (r.region) regions.set(regionSlug(r.region), [...(regions.get(regionSlug(r.region)) ?? []), r]);
  for (const [slug, own] of [...regions].sort((a, b) => byCodePoint(a[0], b[0]))) {
    const ids = new Set(own.map((r) => r.id));
    const levels = new Set(own.map((r) => r.schoolLevel));
    // A region's 中职 and 高职 figures count different schools: separate lines when it has both.
    const seriesOf = (i: Indicator): string => {
      const level = byId.get(i.report)?.schoolLevel;
      return levels.size > 1 && level ? `${regionName(i)}（${schoolLevelShort[level]}）` : regionName(i);
    };
    out.push({
      page: urls.region(slug),
      name: "indicators",
      title: `${own[0]?.region ?? slug}：历年报告给出的数字`,
      facts: indicators.filter((i) => ids.has(i.report) && i.scope.kind === "region"),
      seriesOf,
    });
  }
  const schools = [...new Set(indicators.flatMap((i) => (i.scope.school ? [i.scope.school] : [])))].sort(byCodePoint);
  for (const school of schools) {
    const facts = indicators.filter((i) => i.scope.kind === "school" && i.scope.school === school);
    const name = facts[0]?.scope.name ?? school;
    out.push({
      page: urls.school(school),
      name: "indicators",
      title: `${name}：报告给出的数字`,
      facts,
      seriesOf: () => name,
    });
  }
  return out;
}

/**
 * The small-multiples charts of every report (overview), region and school that has a metric over two
 * or more years: spec, SVG and CSV files, and the pages that got one; `render` draws the SVGs the cache
 * lacks (default: on this thread). Only charts whose SVG `keep` accepts are drawn (a sharded build's part).
 */
export async function seriesCharts(
  reports: readonly Report[],
  indicators: readonly Indicator[],
  cacheDir: string,
  render?: SvgRenderer,
  keep: (fileUrl: string) => boolean = () => true,
): Promise<{ files: OutputFile[]; charted: string[] }> {
  const years = new Map(reports.map((r) => [r.id, r.reportYear ?? 0]));
  const published = indicators.filter((i) => years.has(i.report));
  const wanted = targets(reports, published).filter((t) => keep(seriesLinks(t.page, t.name).svg));
  const drawn = wanted.flatMap((t) => {
    const data = panelData(t.facts, {
      vocabulary: vocabulary(),
      seriesOf: t.seriesOf,
      reportYear: (id) => years.get(id) ?? 0,
      sourceUrl: indicatorSourceUrl(reports),
      sourceText: indicatorSourceText(reports),
    });
    if (data.length === 0) return [];
    const drawnFacts = data.length;
    const spec = {
      ...panelSpec(t.title, data),
      usermeta: { leftOut: drawnFacts < t.facts.length ? [notDrawn(drawnFacts, t.facts.length)] : [] },
    };
    return [{ target: t, data, spec }];
  });
  const svgs = await renderAllCached(
    drawn.map((d) => d.spec),
    cacheDir,
    render,
  );
  const files = drawn.flatMap(({ target, data, spec }, i) => {
    const links = seriesLinks(target.page, target.name);
    return [
      { path: outputPath(links.spec), content: toJson(spec) },
      { path: outputPath(links.svg), content: svgs[i]?.svg ?? "" },
      { path: outputPath(links.csv), content: panelCsv(data) },
    ];
  });
  return { files, charted: drawn.map((d) => d.target.page) };
}

/**
 * A page's series chart read back from the published files, or null when it has none. A report's
 * overview stands on its long report page, whose table below lists every value with its source: there it
 * is an image of the SVG file, which keeps the links of its points when opened by itself, and its alt
 * text says what it is and that the values are in that table.
 */
export async function readSeriesFigure(
  outDir: string,
  pageUrl: string,
  name: "overview" | "indicators",
): Promise<string | null> {
  const links = seriesLinks(pageUrl, name);
  const svg = await readFile(join(outDir, outputPath(links.svg)), "utf8").catch(() => null);
  if (svg === null) return null;
  const spec = JSON.parse(await readFile(join(outDir, outputPath(links.spec)), "utf8")) as TopLevelSpec;
  if (name === "overview") {
    const page = { href: links.svg, text: "单独打开此图：每个数据点链接到它的出处" };
    const described = withBriefAlt(spec, "各数值及出处见下表。");
    return chartImageFigure(svg, described, links, page, "来源：本报告原文（每个数值的出处见下表）");
  }
  return chartFigure(svg, spec, links, "来源：各报告原文（每个数据点链接到它的出处）");
}

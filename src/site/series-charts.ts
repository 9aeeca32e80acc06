/**
 * The own figures of a report, a region and a school as small multiples (one panel per metric, years
 * across): a report's overview, the region page's and the school page's series. Drawn where a metric has
 * values for two or more years; written beside the page (`overview.svg`, `indicators.svg`) with the spec
 * and the plotted data as CSV, and rendered through the spec-hash cache.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { vocabulary } from "../extract/entities/data.ts";
import { regionSlug } from "../extract/slug.ts";
import type { Indicator, IndicatorVocabulary, Report } from "../model/index.ts";
import { chartFigure, type ChartLinks, renderCached } from "../render/charts/index.ts";
import { type PanelDatum, panelSpec } from "../render/charts/panel-spec.ts";
import { toCsv } from "./csv.ts";
import { type OutputFile, toJson } from "./data-files.ts";
import { drawable, inBaseUnit, isSchoolYear } from "../model/indicator-values.ts";
import { outputPath, urls } from "./urls.ts";

/** Where a page's chart files are: `<page>overview.svg` for a report, `<page>indicators.svg` otherwise. */
export function seriesLinks(pageUrl: string, name: "overview" | "indicators"): ChartLinks {
  const base = `${pageUrl}${name}`;
  return { spec: `${base}.vl.json`, svg: `${base}.svg`, csv: `${base}.csv` };
}

/** Code-point order: the same on every machine. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The value that the line goes through when a series gives two for one year: a table's before prose
 * (tables print the exact figure), then the newer report's, then the earlier line.
 */
function preferred(a: Indicator, b: Indicator, reportYear: (id: string) => number): number {
  const fromTable = (i: Indicator) => (i.source.table ? 0 : 1);
  return (
    fromTable(a) - fromTable(b) ||
    reportYear(b.report) - reportYear(a.report) ||
    compare(a.report, b.report) ||
    a.source.line - b.source.line
  );
}

/** What a panel chart needs to know about the facts it draws. */
export interface PanelContext {
  readonly vocabulary: IndicatorVocabulary;
  /** The series (line) a fact belongs to. */
  readonly seriesOf: (i: Indicator) => string;
  readonly reportYear: (id: string) => number;
  readonly sourceUrl: (i: Indicator) => string;
}

/**
 * The plotted data of a set of facts: per metric, the drawable facts in the metric's most common base
 * unit; a metric is drawn when one of its series has values for two years or more. A second value for
 * the same series and year (the report disagrees with itself) is a point off the line.
 */
export function panelData(facts: readonly Indicator[], ctx: PanelContext): PanelDatum[] {
  const metrics = Object.keys(ctx.vocabulary.metrics);
  const out: PanelDatum[] = [];
  metrics.forEach((metric, order) => {
    const own = facts.filter((i) => i.metric === metric && drawable(i));
    const byUnit = new Map<string, Indicator[]>();
    for (const i of own) byUnit.set(inBaseUnit(i).unit, [...(byUnit.get(inBaseUnit(i).unit) ?? []), i]);
    const [unit, chosen] = [...byUnit].sort((a, b) => b[1].length - a[1].length || compare(a[0], b[0]))[0] ?? [];
    if (unit === undefined || !chosen) return;
    const yearsOf = (series: string) => new Set(chosen.filter((i) => ctx.seriesOf(i) === series).map((i) => i.year));
    if (![...new Set(chosen.map(ctx.seriesOf))].some((s) => yearsOf(s).size >= 2)) return;
    const label = ctx.vocabulary.metrics[metric]?.labels[0] ?? metric;
    const panelUnit = unit === "ratio" ? "比值" : unit;
    const sorted = [...chosen].sort(
      (a, b) =>
        (a.year ?? 0) - (b.year ?? 0) || compare(ctx.seriesOf(a), ctx.seriesOf(b)) || preferred(a, b, ctx.reportYear),
    );
    const seen = new Map<string, number[]>();
    for (const i of sorted) {
      const key = `${ctx.seriesOf(i)}\u0000${i.year}`;
      const { value } = inBaseUnit(i);
      const before = seen.get(key) ?? [];
      // The same value again (a table restating the prose) adds nothing; another value is a pale point.
      if (before.includes(value)) continue;
      out.push({
        panel: label,
        unit: panelUnit,
        order,
        // A table's school year keeps its printed name (2019-2020) on the axis.
        year: isSchoolYear(i) && i.period ? i.period : String(i.year ?? ""),
        series: ctx.seriesOf(i),
        value,
        text: i.text,
        onLine: before.length === 0,
        href: ctx.sourceUrl(i),
        source: `${i.source.report} 第 ${i.source.line} 行`,
      });
      seen.set(key, [...before, value]);
    }
  });
  return out;
}

/** What a chart of indicators leaves out, said under it: the rest are in the table beside it. */
export function notDrawn(drawn: number, all: number): string {
  return `图中绘出 ${drawn} 个数值（整体、单一年度、且有两个以上年份的指标）；全部 ${all} 个数值（含部分、比例、多年合计和只有一个年份的指标）见下表`;
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

const LEVEL = { secondary: "中职", higher: "高职" } as const;

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
  for (const [slug, own] of [...regions].sort((a, b) => compare(a[0], b[0]))) {
    const ids = new Set(own.map((r) => r.id));
    const levels = new Set(own.map((r) => r.schoolLevel));
    // A region's 中职 and 高职 figures count different schools: separate lines when it has both.
    const seriesOf = (i: Indicator): string => {
      const level = byId.get(i.report)?.schoolLevel;
      return levels.size > 1 && level ? `${regionName(i)}（${LEVEL[level]}）` : regionName(i);
    };
    out.push({
      page: urls.region(slug),
      name: "indicators",
      title: `${own[0]?.region ?? slug}：历年报告给出的数字`,
      facts: indicators.filter((i) => ids.has(i.report) && i.scope.kind === "region"),
      seriesOf,
    });
  }
  const schools = [...new Set(indicators.flatMap((i) => (i.scope.school ? [i.scope.school] : [])))].sort(compare);
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

/** Where a point links: its table's page when it was read from a table, else its report. */
export function indicatorSourceUrl(reports: readonly Report[]): (i: Indicator) => string {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return (i) => {
    const report = byId.get(i.source.report);
    const table = i.source.table ? report?.tables.find((t) => t.id === i.source.table) : undefined;
    return table?.url ?? report?.url ?? urls.home();
  };
}

/**
 * The small-multiples charts of every report (overview), region and school that has a metric over two
 * or more years: spec, SVG and CSV files, and the pages that got one.
 */
export async function seriesCharts(
  reports: readonly Report[],
  indicators: readonly Indicator[],
  cacheDir: string,
): Promise<{ files: OutputFile[]; charted: string[] }> {
  const years = new Map(reports.map((r) => [r.id, r.reportYear ?? 0]));
  const published = indicators.filter((i) => years.has(i.report));
  const files: OutputFile[] = [];
  const charted: string[] = [];
  for (const t of targets(reports, published)) {
    const data = panelData(t.facts, {
      vocabulary: vocabulary(),
      seriesOf: t.seriesOf,
      reportYear: (id) => years.get(id) ?? 0,
      sourceUrl: indicatorSourceUrl(reports),
    });
    if (data.length === 0) continue;
    const drawnFacts = data.length;
    const spec = {
      ...panelSpec(t.title, data),
      usermeta: { leftOut: drawnFacts < t.facts.length ? [notDrawn(drawnFacts, t.facts.length)] : [] },
    };
    const { svg } = await renderCached(spec, cacheDir);
    const links = seriesLinks(t.page, t.name);
    files.push(
      { path: outputPath(links.spec), content: toJson(spec) },
      { path: outputPath(links.svg), content: svg },
      { path: outputPath(links.csv), content: panelCsv(data) },
    );
    charted.push(t.page);
  }
  return { files, charted };
}

/** A page's series chart read back from the published files, or null when it has none. */
export async function readSeriesFigure(
  outDir: string,
  pageUrl: string,
  name: "overview" | "indicators",
): Promise<string | null> {
  const links = seriesLinks(pageUrl, name);
  const svg = await readFile(join(outDir, outputPath(links.svg)), "utf8").catch(() => null);
  if (svg === null) return null;
  const spec = JSON.parse(await readFile(join(outDir, outputPath(links.spec)), "utf8")) as TopLevelSpec;
  const note = name === "overview" ? "来源：本报告原文" : "来源：各报告原文";
  return chartFigure(svg, spec, links, `${note}（每个数据点链接到它的出处）`);
}

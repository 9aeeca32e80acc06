import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { vocabulary } from "../../extract/entities/data.ts";
import { Report, type ReportSummary } from "../../model/index.ts";
import { SiteIndex } from "../../model/site-index.ts";
import { dataPaths, urls } from "../../model/urls.ts";
import { DEFAULT_HTML_CACHE, openHtmlCache } from "../../render/narrative/cache.ts";
import { unrenderedHtml } from "../../render/narrative/report-html.ts";
import { readIndicatorFigure } from "../charts/indicators.ts";
import { readSeriesFigure } from "../charts/series.ts";
import { readChartFigures } from "../charts/tables.ts";
import { entityIndex, loadEntities } from "../entities/index.ts";
import { type IndicatorFact, type MetricPage, metricPages, regionFacts } from "../entities/indicator-pages.ts";
import { type LevelGroup, schoolDirectory, type SchoolPage, schoolPage } from "../entities/school-pages.ts";
import {
  type CategoryGroup,
  specialtyDirectory,
  type SpecialtyPage,
  specialtyPage,
} from "../entities/specialty-pages.ts";
import { readPublishedReleases } from "../history/published.ts";
import { type RemovedPage, removedPages } from "../history/removed-pages.ts";
import { listFiles } from "../output.ts";
import type { PageLedger } from "../page-ledger.ts";
import { owns, type SitePart, WHOLE_SITE } from "../part.ts";
import { caseEntries, type CaseEntry } from "../views/case-view.ts";
import { type Headline, reportYears } from "../views/headline.ts";
import { lineagesByTable, seriesLineages, type TableLineage } from "../views/lineage.ts";
import { reportShortName } from "../views/page-meta.ts";
import { readPages, type StaticPage } from "../views/pages.ts";
import { type RegionGroup, regionGroups } from "../views/regions.ts";
import { reportRenderOptions, type ReportView, reportView } from "../views/report-view.ts";
import { type ReportSeries, reportSeries, type SeriesPlace, seriesPlaces } from "../views/series.ts";
import { type HeadlineTable, headlineTable } from "../views/series-headline.ts";
import { tableEntries, type TableEntry } from "../views/table-view.ts";
import { type UpdateNotice, updateNotice } from "../views/update-notice.ts";
import type { MetricYears } from "../views/year-over-year.ts";

/** A page of a report with the report's correction notice (更新于…), null when the report was never corrected. */
export type Noticed<T> = T & { readonly updated: UpdateNotice | null };

/** The one data object the templates see (Eleventy global data `site`). */
export interface SiteData {
  readonly index: SiteIndex;
  readonly reports: ReportPage[];
  /** Every table of every report (reports by id, tables in document order). */
  readonly tables: Noticed<TableEntry>[];
  /** Every case of every report, in the same order. */
  readonly cases: Noticed<CaseEntry>[];
  /** The reports by region (see `regionGroups`), each with its region-wide indicator facts. */
  readonly regions: RegionPage[];
  /** One page per school, specialty and metric (of data/indicators.yaml). */
  readonly schools: SchoolPage[];
  readonly specialties: SpecialtyPage[];
  readonly metrics: MetricPage[];
  /** The directories: schools by level and district, specialties by 专业大类. */
  readonly schoolLevels: LevelGroup[];
  readonly specialtyCategories: CategoryGroup[];
  /** The site's own pages (content/pages/*.md), e.g. 数据说明 at /about/. */
  readonly pages: StaticPage[];
  /** The table and case pages a correction removed: their URLs keep a page saying so. */
  readonly removed: RemovedEntry[];
  /** Every file under dist/data/ as a site path (`/data/index.json`), sorted: what the downloads page lists. */
  readonly dataFiles: string[];
}

/** A report's view with what the build drew and found for its pages. */
export interface ReportPage extends ReportView {
  /** The overview chart of the report's own figures over the years (HTML figure), when the build drew one. */
  readonly overview: string | null;
  /** The figures it gives for its whole region (scope region), by metric and year. */
  readonly figures: IndicatorFact[];
  /** Its series (same region and school level) and the reports before and after it; null outside any series. */
  readonly series: SeriesPlace | null;
  /** When a corrected text replaced the report's first one: the date and what changed; null otherwise. */
  readonly updated: UpdateNotice | null;
  /** Its 主要数据 and 与上年比较, with the previous report of its series they draw on. */
  readonly years: ReportPageYears;
}

/** What a report page shows of its year (views/headline.ts `reportYears`), the previous report by title and URL. */
export interface ReportPageYears {
  readonly headline: Headline;
  readonly comparison: MetricYears[];
  readonly previous: { readonly url: string; readonly title: string } | null;
}

/** A removed table or case page with the current title of its report (null once the report is gone too). */
export interface RemovedEntry extends RemovedPage {
  readonly currentTitle: string | null;
}

/** A region's reports and the facts they state about the whole region. */
export interface RegionPage extends RegionGroup {
  readonly indicators: IndicatorFact[];
  /** The region's figures over the years (HTML figure), when the build drew one. */
  readonly chart: string | null;
  /** The region's series of reports, one per school level, each oldest first, with its headline data and lineages. */
  readonly series: RegionSeries[];
}

/** A series as its region page shows it. */
export interface RegionSeries extends ReportSeries {
  /** The headline metrics over the data years of all its reports; null when none is stated. */
  readonly headline: HeadlineTable | null;
  /** Its tables followed across the years (only tables found in two or more reports). */
  readonly lineages: TableLineage[];
}

/** A report page's 主要数据 and 与上年比较 among all report pages (where its previous report is found). */
function pageYears<T extends Parameters<typeof reportYears>[0] & ReportView>(
  page: T,
  pages: readonly T[],
): ReportPageYears {
  const { headline, comparison, previous } = reportYears(page, pages);
  return { headline, comparison, previous: previous && { url: previous.report.url, title: previous.report.title } };
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

/** Each metric page with its chart figure, read back from the files the build wrote. */
async function withCharts(
  pages: MetricPage[],
  outDir: string,
  reportName: (id: string) => string,
): Promise<MetricPage[]> {
  const out: MetricPage[] = [];
  for (const m of pages) out.push({ ...m, chart: await readIndicatorFigure(outDir, m.metric, reportName) });
  return out;
}

/** Each report's series and the series' place in `series` (reports outside any series are absent). */
function seriesByReport(series: readonly ReportSeries[]): Map<ReportSummary, { series: ReportSeries; at: number }> {
  const out = new Map<ReportSummary, { series: ReportSeries; at: number }>();
  series.forEach((s, at) => {
    for (const r of s.reports) out.set(r, { series: s, at });
  });
  return out;
}

/** The series holding any report of the region, in the order of `series`, found through its own reports. */
function regionSeries(
  g: RegionGroup,
  seriesOf: ReadonlyMap<ReportSummary, { series: ReportSeries; at: number }>,
): ReportSeries[] {
  const own = new Map<number, ReportSeries>();
  for (const r of g.reports) {
    const s = seriesOf.get(r);
    if (s) own.set(s.at, s.series);
  }
  return [...own].sort(([a], [b]) => a - b).map(([, s]) => s);
}

/** How the site data is computed (the output does not depend on it). */
export interface SiteDataOptions {
  /**
   * Where each report's rendered HTML is cached by content hash (src/render/narrative/cache.ts);
   * default `.cache/html/` in the project, null for none.
   */
  readonly htmlCache?: string | null;
  /** The part of the site the build writes (src/site/part.ts): only its reports' HTML is rendered. Default: all. */
  readonly part?: SitePart;
  /**
   * The build's page ledger (../page-ledger.ts), whose digests learn each report from the hash of the file it
   * was read from (a report's pages would otherwise digest the whole report each).
   */
  readonly ledger?: PageLedger;
}

/**
 * The validated entry point of data into Eleventy: reads the data files the build wrote into
 * `outDir` (`data/index.json`, `data/reports/<id>.json`, the entity files, the charts) and checks
 * them with zod.
 */
export async function loadSiteData(outDir: string, options: SiteDataOptions = {}): Promise<SiteData> {
  const index = SiteIndex.parse(await readJson(join(outDir, dataPaths.index())));
  const entities = entityIndex(await loadEntities(outDir));
  const cache = await openHtmlCache(
    options.htmlCache === undefined ? DEFAULT_HTML_CACHE : options.htmlCache,
    (html, key) => options.ledger?.digests.seed(html, `html:${key}`),
  );
  const reports: (ReportView & { overview: string | null })[] = [];
  for (const summary of index.reports) {
    const text = await readFile(join(outDir, dataPaths.report(summary.id)), "utf8");
    const report = Report.parse(JSON.parse(text));
    options.ledger?.digests.seed(report, `report:${createHash("sha256").update(text).digest("hex")}`);
    const figures = await readChartFigures(outDir, report);
    const html = owns(options.part ?? WHOLE_SITE, report.url)
      ? await cache.html(report, reportRenderOptions(report, entities, figures))
      : unrenderedHtml(report);
    const view = reportView(report, entities, figures, html);
    reports.push({ ...view, overview: await readSeriesFigure(outDir, report.url, "overview") });
  }
  const views = new Map(reports.map((v) => [v.report.id, v]));
  const { schools, specialties, indicators } = entities.bundle;
  const series = reportSeries(index.reports);
  const places = seriesPlaces(series);
  const lineages = new Map(
    series.map((s) => [
      s.key,
      seriesLineages(s.reports.map((r) => ({ report: r, tables: views.get(r.id)?.report.tables ?? [] }))),
    ]),
  );
  const byTable = lineagesByTable([...lineages.values()].flat());
  const place = (v: ReportView) => places.get(v.report.id) ?? null;
  const seriesOf = seriesByReport(series);
  const releases = await readPublishedReleases(outDir);
  const notice = (v: ReportView) => updateNotice(releases, v.report.id);
  const words = vocabulary();
  const byReport = entities.regionIndicators;
  const pages = reports.map((v) => ({
    ...v,
    figures: regionFacts(words, [v.report.id], byReport, views),
    series: place(v),
    updated: notice(v),
  }));
  return {
    index,
    // Each page carries what it shows of other reports, so that it is a function of its entry alone.
    reports: pages.map((p) => ({ ...p, years: pageYears(p, pages) })),
    tables: reports.flatMap((v) =>
      tableEntries(v, entities, { place: place(v), lineages: byTable }).map((e) => ({ ...e, updated: notice(v) })),
    ),
    cases: reports.flatMap((v) => caseEntries(v, entities, place(v)).map((e) => ({ ...e, updated: notice(v) }))),
    regions: await Promise.all(
      regionGroups(index.reports).map(async (g) => {
        const facts = regionFacts(
          words,
          g.reports.map((r) => r.id),
          byReport,
          views,
        );
        return {
          ...g,
          indicators: facts,
          chart: await readSeriesFigure(outDir, g.url, "indicators"),
          series: regionSeries(g, seriesOf).map((s) => ({
            ...s,
            headline: headlineTable(
              words,
              facts,
              s.reports.map((r) => r.id),
            ),
            lineages: lineages.get(s.key) ?? [],
          })),
        };
      }),
    ),
    schools: await Promise.all(
      schools.map(async (s) => {
        const p = schoolPage(s, entities, views);
        return { ...p, chart: await readSeriesFigure(outDir, p.url, "indicators") };
      }),
    ),
    specialties: specialties.map((s) => specialtyPage(s, entities, views)),
    metrics: await withCharts(metricPages(words, indicators, views), outDir, (id) => {
      const report = views.get(id)?.report;
      return report ? reportShortName(report) : id;
    }),
    pages: await readPages(),
    schoolLevels: schoolDirectory(schools),
    specialtyCategories: specialtyDirectory(specialties),
    removed: removedPages(
      releases,
      reports.map((v) => v.report),
    ).map((p) => ({ ...p, currentTitle: views.get(p.reportId)?.report.title ?? null })),
    dataFiles: (await listFiles(join(outDir, dataPaths.root()), urls.file(dataPaths.root()))).filter(
      (f) => !f.endsWith(".html"),
    ),
  };
}

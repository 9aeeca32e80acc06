import { readFile, readdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { Report } from "../model/index.ts";
import { SiteIndex } from "../model/site-index.ts";
import { vocabulary } from "../extract/entities/data.ts";
import { type CaseEntry, caseEntries } from "./case-view.ts";
import { entityIndex, loadEntities } from "./entities/index.ts";
import { type IndicatorFact, type MetricPage, metricPages, regionFacts } from "./entities/indicator-pages.ts";
import { type LevelGroup, type SchoolPage, schoolDirectory, schoolPage } from "./entities/school-pages.ts";
import {
  type CategoryGroup,
  type SpecialtyPage,
  specialtyDirectory,
  specialtyPage,
} from "./entities/specialty-pages.ts";
import { type RegionGroup, regionGroups } from "./regions.ts";
import { type ReportView, reportView } from "./report-view.ts";
import { readChartFigures } from "./table-charts.ts";
import { readIndicatorFigure } from "./indicator-charts.ts";
import { readSeriesFigure } from "./series-charts.ts";
import { type TableEntry, tableEntries } from "./table-view.ts";

/** The one data object the templates see (Eleventy global data `site`). */
export interface SiteData {
  readonly index: SiteIndex;
  readonly reports: ReportView[];
  /** Every table of every report (reports by id, tables in document order). */
  readonly tables: TableEntry[];
  /** Every case of every report, in the same order. */
  readonly cases: CaseEntry[];
  /** The reports by region (see `regionGroups`), each with its region-wide indicator facts. */
  readonly regions: RegionPage[];
  /** One page per school, specialty and metric (of data/indicators.yaml). */
  readonly schools: SchoolPage[];
  readonly specialties: SpecialtyPage[];
  readonly metrics: MetricPage[];
  /** The directories: schools by level and district, specialties by 专业大类. */
  readonly schoolLevels: LevelGroup[];
  readonly specialtyCategories: CategoryGroup[];
  /** Every file under dist/data/ as a site path (`/data/index.json`), sorted: what the downloads page lists. */
  readonly dataFiles: string[];
}

/** A region's reports and the facts they state about the whole region. */
export interface RegionPage extends RegionGroup {
  readonly indicators: IndicatorFact[];
  /** The region's figures over the years (HTML figure), when the build drew one. */
  readonly chart: string | null;
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

/** The files under `dir` as sorted site paths below `base` (`/data/reports/x.json`). */
export async function listFiles(dir: string, base: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${base}/${relative(dir, join(e.parentPath, e.name)).split(sep).join("/")}`)
    .sort();
}

/** Each metric page with its chart figure, read back from the files the build wrote. */
async function withCharts(pages: MetricPage[], outDir: string): Promise<MetricPage[]> {
  const out: MetricPage[] = [];
  for (const m of pages) out.push({ ...m, chart: await readIndicatorFigure(outDir, m.metric) });
  return out;
}

/**
 * The validated entry point of data into Eleventy: reads the data files the build wrote
 * (`index.json`, `reports/<id>.json`, the entity files) and checks them with zod.
 */
export async function loadSiteData(dataDir: string): Promise<SiteData> {
  const index = SiteIndex.parse(await readJson(join(dataDir, "index.json")));
  const entities = entityIndex(await loadEntities(dataDir));
  const reports: ReportView[] = [];
  for (const summary of index.reports) {
    const report = Report.parse(await readJson(join(dataDir, "reports", `${summary.id}.json`)));
    const view = reportView(report, entities, await readChartFigures(dirname(dataDir), report));
    reports.push({ ...view, overview: await readSeriesFigure(dirname(dataDir), report.url, "overview") });
  }
  const views = new Map(reports.map((v) => [v.report.id, v]));
  const { schools, specialties, indicators } = entities.bundle;
  return {
    index,
    reports: reports.map((v) => ({ ...v, figures: regionFacts(vocabulary(), [v.report.id], indicators, views) })),
    tables: reports.flatMap((v) => tableEntries(v, entities)),
    cases: reports.flatMap((v) => caseEntries(v, entities)),
    regions: await Promise.all(
      regionGroups(index.reports).map(async (g) => ({
        ...g,
        indicators: regionFacts(
          vocabulary(),
          g.reports.map((r) => r.id),
          indicators,
          views,
        ),
        chart: await readSeriesFigure(dirname(dataDir), g.url, "indicators"),
      })),
    ),
    schools: await Promise.all(
      schools.map(async (s) => {
        const p = schoolPage(s, entities, views);
        return { ...p, chart: await readSeriesFigure(dirname(dataDir), p.url, "indicators") };
      }),
    ),
    specialties: specialties.map((s) => specialtyPage(s, entities, views)),
    metrics: await withCharts(metricPages(vocabulary(), indicators, views), dirname(dataDir)),
    schoolLevels: schoolDirectory(schools),
    specialtyCategories: specialtyDirectory(specialties),
    dataFiles: (await listFiles(dataDir, "/data")).filter((f) => !f.endsWith(".html")),
  };
}

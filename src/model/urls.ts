/** Site-relative URLs of the pages and data files; the one place that knows the layout of dist/. */
export const urls = {
  home: () => "/",
  /** A page of the site's own (content/pages/<slug>.md): `/about/`. */
  page: (slug: string) => `/${slug}/`,
  report: (id: string) => `/reports/${id}/`,
  quality: (id: string) => `/reports/${id}/quality/`,
  cases: () => "/cases/",
  regions: () => "/regions/",
  region: (slug: string) => `/regions/${slug}/`,
  /** The downloads page: the HTML index of dist/data/ (beside index.json, which it does not clash with). */
  downloads: () => "/data/",
  reportData: (id: string) => `/data/reports/${id}.json`,
  index: () => "/data/index.json",
  anchor: (reportId: string, id: string) => `/reports/${reportId}/#${id}`,
  /** A table's page, from the table's id: `tbl-1-2-1` → `/reports/<id>/tables/1-2-1/` (the report's own numbering). */
  table: (reportId: string, tableId: string) => `/reports/${reportId}/tables/${tableId.replace(/^tbl-/, "")}/`,
  /** A case's page, from the case's id: `case-2-1` → `/reports/<id>/cases/2-1/`. */
  case: (reportId: string, caseId: string) => `/reports/${reportId}/cases/${caseId.replace(/^case-/, "")}/`,
  schools: () => "/schools/",
  school: (id: string) => `/schools/${id}/`,
  specialties: () => "/specialties/",
  specialty: (id: string) => `/specialties/${id}/`,
  indicators: () => "/indicators/",
  /** The search page; the query lives in the URL (`/search/?q=劲松`), so a result list can be linked and pasted. */
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : "/search/"),
  /** A metric key is camelCase (`employmentRate`); its page is kebab-case ASCII (`/indicators/employment-rate/`). */
  indicator: (metric: string) => `/indicators/${metric.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}/`,
  /** A table's download beside its page folder: `/reports/x/tables/1-2-1/` → `/reports/x/tables/1-2-1.csv` (`.long.csv`, `.json`…). */
  download: (pageUrl: string, ext: "csv" | "long.csv" | "json" | "vl.json" | "svg") =>
    `${pagePath(pageUrl).slice(0, -1)}.${ext}`,
  /** A report's tables as one Excel workbook, beside its tables folder: `/reports/<id>/tables.xlsx`. */
  workbook: (reportId: string) => `/reports/${reportId}/tables.xlsx`,
  /** The page shown for a missing URL (served with status 404). */
  notFound: () => "/404.html",
  /** A stylesheet or script of templates/assets/ as published: `/assets/style.css`. */
  asset: (name: string) => `/${outputFolders.assets}/${name}`,
  /** A file of Pagefind's bundle (search UI and index): `/pagefind/pagefind-ui.js`. */
  searchBundle: (file: string) => `/${outputFolders.search}/${file}`,
  /** A whole-dataset entity file: `/data/schools.json`, `/data/indicators.csv`. */
  entityData: (name: "schools" | "specialties" | "indicators" | "links", ext: "json" | "csv" = "json") =>
    `/data/${name}.${ext}`,
  /** The Atom feed of added and corrected reports. */
  feed: () => "/feed.xml",
  /** Every version of every published report (the release ledger as data). */
  releases: () => "/data/releases.json",
  /** The folder of the JSON Schemas, and one schema: `/data/schema/report.schema.json`. */
  schemas: () => "/data/schema/",
  schema: (name: string) => `/data/schema/${name}.schema.json`,
  /** The URL of a dist/-relative file: `data/index.json` → `/data/index.json` (outputPath's inverse for files). */
  file: (path: string) => `/${path}`,
};

/** Folders of dist/ the build fills besides the pages and data: the copied assets, Pagefind's bundle. */
export const outputFolders = { assets: "assets", search: "pagefind" } as const;

/** The report id of a URL under a report (`/reports/<id>/tables/1-2-1/` → `<id>`), or null. */
export function reportIdOfUrl(url: string): string | null {
  return /^\/reports\/([^/]+)\//.exec(url)?.[1] ?? null;
}

/** dist/-relative file paths of the data files. */
export const dataPaths = {
  report: (id: string) => `data/reports/${id}.json`,
  index: () => "data/index.json",
  schema: (name: string) => `data/schema/${name}.schema.json`,
  /** The entity files: `data/schools.json`, `data/links.json`, `data/schools.csv`… */
  entities: (name: "schools" | "specialties" | "indicators" | "links", ext: "json" | "csv" = "json") =>
    `data/${name}.${ext}`,
  /** The data folder itself, for listing what a build published. */
  root: () => "data",
};

const PAGE_URL = /^\/(?:[a-z0-9][a-z0-9-]*\/)+$/;

/**
 * Checks a record's permalink (`/reports/<id>/tables/1-2-1/`) before it becomes a path in dist/:
 * ASCII segments ending in `/`. Records are built by our own code, so anything else is a bug.
 */
export function pagePath(url: string): string {
  if (!PAGE_URL.test(url)) throw new Error(`not a page permalink: ${JSON.stringify(url)}`);
  return url;
}

/** The dist/-relative file of a URL path: `/a/b.csv` → `a/b.csv`, `/a/` → `a/index.html`. */
export function outputPath(url: string): string {
  const path = url.replace(/^\//, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

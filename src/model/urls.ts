/** Site-relative URLs of the pages and data files; the one place that knows the layout of dist/. */
export const urls = {
  home: () => "/",
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
  schools: () => "/schools/",
  school: (id: string) => `/schools/${id}/`,
  specialties: () => "/specialties/",
  specialty: (id: string) => `/specialties/${id}/`,
  indicators: () => "/indicators/",
  /** A metric key is camelCase (`employmentRate`); its page is kebab-case ASCII (`/indicators/employment-rate/`). */
  indicator: (metric: string) => `/indicators/${metric.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}/`,
  /** A table's download beside its page folder: `/reports/x/tables/1-2-1/` → `/reports/x/tables/1-2-1.csv`. */
  download: (pageUrl: string, ext: "csv" | "json" | "vl.json" | "svg") => `${pagePath(pageUrl).slice(0, -1)}.${ext}`,
};

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

/** Site-relative URLs of the pages and data files; the one place that knows the layout of dist/. */
export const urls = {
  home: () => "/",
  report: (id: string) => `/reports/${id}/`,
  quality: (id: string) => `/reports/${id}/quality/`,
  reportData: (id: string) => `/data/reports/${id}.json`,
  index: () => "/data/index.json",
  anchor: (reportId: string, id: string) => `/reports/${reportId}/#${id}`,
};

/** dist/-relative file paths of the data files. */
export const dataPaths = {
  report: (id: string) => `data/reports/${id}.json`,
  index: () => "data/index.json",
  schema: (name: string) => `data/schema/${name}.schema.json`,
};

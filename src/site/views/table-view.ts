import type { Heading, Report, Table } from "../../model/index.ts";
import { pagePath } from "../../model/urls.ts";
import { tableDownloadUrls } from "../data/table-files.ts";
import {
  emptyEntityIndex,
  type EntityIndex,
  type EntityRef,
  tableSchools,
  tableSpecialties,
} from "../entities/index.ts";
import type { TableLineage } from "./lineage.ts";
import { anchorUrl, rendered, type ReportView } from "./report-view.ts";
import { headingsById } from "./sections.ts";
import type { SeriesPlace } from "./series.ts";

/** Everything a table's page shows. */
export interface TableEntry {
  readonly report: Report;
  readonly table: Table;
  /** The table as sanitized HTML (the narrative's markup). */
  readonly html: string;
  readonly section: Heading | null;
  /** `report.url#sec-…`, when the section is in the narrative. */
  readonly sectionUrl: string | null;
  /** `report.url#tbl-…`, when the table is in the narrative. */
  readonly anchorUrl: string | null;
  readonly csvUrl: string | null;
  readonly jsonUrl: string;
  /** The table's chart figure (HTML), when the chart rules gave it one. */
  readonly chart: string | null;
  /** The schools its cells name, and the specialties its rows state. */
  readonly schools: EntityRef[];
  readonly specialties: EntityRef[];
  /** The report's place in its series (null outside any), and the table's lineage across it (null: none). */
  readonly series: SeriesPlace | null;
  readonly lineage: TableLineage | null;
}

/** A report's series and its tables' lineages (by table URL), for its table pages. */
export interface TableSeries {
  readonly place: SeriesPlace | null;
  readonly lineages: ReadonlyMap<string, TableLineage>;
}

const NO_SERIES: TableSeries = { place: null, lineages: new Map() };

/** The page entries of a report's tables, in document order. */
export function tableEntries(
  view: ReportView,
  entities: EntityIndex = emptyEntityIndex(),
  series: TableSeries = NO_SERIES,
): TableEntry[] {
  const headings = headingsById(view.report);
  return view.report.tables.map((table, i) => {
    pagePath(table.url);
    const downloads = tableDownloadUrls(table);
    return {
      report: view.report,
      table,
      html: rendered(view.html.tables, i, table.id),
      section: table.sectionId ? (headings.get(table.sectionId) ?? null) : null,
      sectionUrl: anchorUrl(view, table.sectionId),
      anchorUrl: anchorUrl(view, table.id),
      csvUrl: downloads.csv,
      jsonUrl: downloads.json,
      chart: Object.hasOwn(view.charts, table.id) ? (view.charts[table.id] ?? null) : null,
      schools: tableSchools(entities, view.report.id, table.id),
      specialties: tableSpecialties(entities, view.report.id, table.id),
      series: series.place,
      lineage: series.lineages.get(table.url) ?? null,
    };
  });
}

/**
 * All the HTML one report's pages show, rendered at once: the narrative (with its cross-references), each
 * table as on its own page and each case's body. It is a function of the report and the render options
 * alone, which is what lets ./cache.ts keep it by content hash.
 */
import type { Report } from "../../model/index.ts";
import { renderBlocks, type RenderOptions, renderReport, renderTable } from "./index.ts";
import type { PlacedReference } from "./references/plugin.ts";
import { caseBody } from "./to-mdast.ts";

/** A report's rendered HTML; `tables` and `cases` follow `report.tables` and `report.cases`. */
export interface ReportHtml {
  /** The narrative as sanitized HTML (charts placed after their tables). */
  readonly narrative: string;
  /** The cross-references of the narrative's paragraphs, linked or not. */
  readonly references: PlacedReference[];
  /** Each table as on its own page (no chart: the page shows its own). */
  readonly tables: string[];
  /** Each case's body blocks, after its title. */
  readonly cases: string[];
}

/**
 * Renders the narrative with `options` (names and charts), and each table and case with the same names
 * but no charts: a table's page and a case's page place no chart in the markup.
 */
export function renderReportHtml(report: Report, options: RenderOptions = {}): ReportHtml {
  const { html, references } = renderReport(report, options);
  const own: RenderOptions = options.names ? { names: options.names } : {};
  return {
    narrative: html,
    references,
    tables: report.tables.map((table) => renderTable(table, own)),
    cases: report.cases.map((item) => renderBlocks(report, caseBody(report, item.id), own)),
  };
}

/**
 * The HTML of a report whose pages a build does not write (a shard's other reports, every report in the
 * merge: src/site/part.ts): empty, in the shape of the rendered one. No page of the part shows another
 * report's HTML, so rendering it would only cost time and memory; the sharded-build test compares every
 * file with a one-shot build, which would show a page that did.
 */
export function unrenderedHtml(report: Report): ReportHtml {
  return { narrative: "", references: [], tables: report.tables.map(() => ""), cases: report.cases.map(() => "") };
}

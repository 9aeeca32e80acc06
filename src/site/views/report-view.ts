import type { Diagnostic, Report, ReportSummary } from "../../model/index.ts";
import type { RenderOptions } from "../../render/narrative/index.ts";
import type { PlacedReference } from "../../render/narrative/references/plugin.ts";
import { renderReportHtml, type ReportHtml } from "../../render/narrative/report-html.ts";
import type { TableChartFigure } from "../charts/tables.ts";
import { summarize } from "../data/site-index.ts";
import { emptyEntityIndex, type EntityIndex, type EntityRef, schoolRefs, specialtyRefs } from "../entities/index.ts";
import { outline, type OutlineNode } from "./outline.ts";

/** Everything a report's pages show, computed once per build. */
export interface ReportView {
  readonly report: Report;
  readonly summary: ReportSummary;
  readonly outline: OutlineNode[];
  /** The narrative as sanitized HTML. */
  readonly narrative: string;
  /** Ids of the items present in the narrative; only these get links. */
  readonly anchors: string[];
  /** The cross-references of the narrative's paragraphs (`见表1-1`), linked (`url`) or not (null). */
  readonly references: PlacedReference[];
  /** The schools the report names (with its mentions of each), by name. */
  readonly schools: EntityRef[];
  /** The specialties its tables state (with their events in it). */
  readonly specialties: EntityRef[];
  /** What the entity pass found doubtful in this report (shown on its data-quality page). */
  readonly entityDiagnostics: Diagnostic[];
  /**
   * Chart figures (HTML, inline SVG: the table pages') by table id, for the tables that have one. A plain
   * object, as all of a page's data is (plain data has a digest: src/lib/digest.ts).
   */
  readonly charts: Readonly<Record<string, string>>;
  /** All the report's rendered HTML, the table and case pages' included (in report order). */
  readonly html: ReportHtml;
}

/** What a report's HTML is rendered with: the school names it contains, and each table's chart as an image. */
export function reportRenderOptions(
  report: Report,
  entities: EntityIndex = emptyEntityIndex(),
  figures: ReadonlyMap<string, TableChartFigure> = new Map(),
): RenderOptions {
  return { names: entities.names(report), charts: new Map([...figures].map(([id, f]) => [id, f.image])) };
}

/**
 * Builds the view of one report: its outline, narrative HTML (school names
 * linked, each table's chart after it as an image, so a long report stays light), linkable ids and entities.
 * `html` is the report rendered with {@link reportRenderOptions} (a caller may have it from a cache).
 */
export function reportView(
  report: Report,
  entities: EntityIndex = emptyEntityIndex(),
  figures: ReadonlyMap<string, TableChartFigure> = new Map(),
  html: ReportHtml = renderReportHtml(report, reportRenderOptions(report, entities, figures)),
): ReportView {
  const links = entities.links.get(report.id);
  const own = <T extends { report: string }>(list: readonly T[]) => list.filter((x) => x.report === report.id).length;
  return {
    report,
    summary: summarize(report),
    outline: outline(report.headings),
    narrative: html.narrative,
    references: html.references,
    anchors: [...new Set(report.body.flatMap((b) => (b.ref ? [b.ref] : [])))].sort(),
    schools: schoolRefs(entities, links?.schools ?? [], (s) => own(s.mentions)),
    specialties: specialtyRefs(entities, links?.specialties ?? [], (s) => own(s.events.map((e) => e.source))),
    entityDiagnostics: links?.diagnostics ?? [],
    charts: Object.fromEntries([...figures].map(([id, f]) => [id, f.inline])),
    html,
  };
}

/** `report.url#id` when the item is in the narrative (so the link resolves), else null. */
export function anchorUrl(view: ReportView, id: string | null): string | null {
  return id !== null && view.anchors.includes(id) ? `${view.report.url}#${id}` : null;
}

/** The HTML of a report's `i`-th table or case (`ReportHtml` lists them in report order). */
export function rendered(list: readonly string[], i: number, id: string): string {
  const html = list[i];
  // A list shorter than the report's items is a programmer error (the cache checks lengths when read).
  if (html === undefined) throw new Error(`no rendered HTML for ${id} (item ${i})`);
  return html;
}

import type { Diagnostic, Report, ReportSummary } from "../../model/index.ts";
import { renderReport } from "../../render/narrative/index.ts";
import type { PlacedReference } from "../../render/narrative/references/plugin.ts";
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
  /** Chart figures (HTML, inline SVG: the table pages') by table id, for the tables that have one. */
  readonly charts: ReadonlyMap<string, string>;
}

/**
 * Builds the view of one report: its outline, narrative HTML (school names
 * linked, each table's chart after it as an image, so a long report stays light), linkable ids and entities.
 */
export function reportView(
  report: Report,
  entities: EntityIndex = emptyEntityIndex(),
  figures: ReadonlyMap<string, TableChartFigure> = new Map(),
): ReportView {
  const pick = (which: keyof TableChartFigure) => new Map([...figures].map(([id, f]) => [id, f[which]]));
  const charts = pick("inline");
  const rendered = renderReport(report, { names: entities.names(report), charts: pick("image") });
  const links = entities.links.get(report.id);
  const own = <T extends { report: string }>(list: readonly T[]) => list.filter((x) => x.report === report.id).length;
  return {
    report,
    summary: summarize(report),
    outline: outline(report.headings),
    narrative: rendered.html,
    references: rendered.references,
    anchors: [...new Set(report.body.flatMap((b) => (b.ref ? [b.ref] : [])))].sort(),
    schools: schoolRefs(entities, links?.schools ?? [], (s) => own(s.mentions)),
    specialties: specialtyRefs(entities, links?.specialties ?? [], (s) => own(s.events.map((e) => e.source))),
    entityDiagnostics: links?.diagnostics ?? [],
    charts,
  };
}

/** `report.url#id` when the item is in the narrative (so the link resolves), else null. */
export function anchorUrl(view: ReportView, id: string | null): string | null {
  return id !== null && view.anchors.includes(id) ? `${view.report.url}#${id}` : null;
}

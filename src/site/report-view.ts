import type { Report, ReportSummary } from "../model/index.ts";
import { renderReport } from "../render/narrative/index.ts";
import type { PlacedReference } from "../render/narrative/references/plugin.ts";
import { type OutlineNode, outline } from "./outline.ts";
import { summarize } from "./summary.ts";

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
}

/** Builds the view of one report: its outline, narrative HTML and linkable ids. */
export function reportView(report: Report): ReportView {
  const rendered = renderReport(report);
  return {
    report,
    summary: summarize(report),
    outline: outline(report.headings),
    narrative: rendered.html,
    references: rendered.references,
    anchors: [...new Set(report.body.flatMap((b) => (b.ref ? [b.ref] : [])))].sort(),
  };
}

/** `report.url#id` when the item is in the narrative (so the link resolves), else null. */
export function anchorUrl(view: ReportView, id: string | null): string | null {
  return id !== null && view.anchors.includes(id) ? `${view.report.url}#${id}` : null;
}

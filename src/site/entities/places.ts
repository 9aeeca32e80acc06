import type { EntitySource } from "../../model/index.ts";
import { caseLabel } from "../../render/narrative/blocks/case.ts";
import { anchorUrl, type ReportView } from "../views/report-view.ts";
import { headingText } from "../views/sections.ts";

/** Where a line of a report is shown: a page or an anchor, and how to name it. */
export interface Place {
  readonly url: string;
  /** `表1-2-1`, `案例2-1`, `（二） 产教融合与双师型教师`, or `正文` before the first heading. */
  readonly label: string;
}

/** What is known of a line: its number, and the case or table it belongs to. */
export interface LineAt {
  readonly line: number;
  /** The case holding the line (null: none); when absent, the case whose lines include it. */
  readonly caseId?: string | null;
  readonly table?: string | null;
}

/**
 * Where a line is read best: a table's own page (a cell), a case's page (a line of a case), else the
 * section holding the line (the last heading at or before it) as an anchor of the report page.
 */
export function placeOf(view: ReportView, at: LineAt): Place {
  const { report } = view;
  const table = at.table ? report.tables.find((t) => t.id === at.table) : undefined;
  if (table) return { url: table.url, label: `表${table.number}` };
  const item =
    at.caseId === undefined
      ? report.cases.find((c) => c.line <= at.line && at.line <= c.endLine)
      : report.cases.find((c) => c.id === at.caseId);
  if (item) return { url: item.url, label: caseLabel(item) };
  let section = null;
  for (const h of report.headings) if (h.line <= at.line && (!section || h.line >= section.line)) section = h;
  if (!section) return { url: report.url, label: "正文" };
  return { url: anchorUrl(view, section.id) ?? report.url, label: headingText(section) };
}

/** The place of an entity's source (a table cell or a line of prose). */
export function sourcePlace(view: ReportView, source: EntitySource): Place {
  return placeOf(view, { line: source.line, table: source.table });
}

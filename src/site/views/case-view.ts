import type { Case, Heading, Report } from "../../model/index.ts";
import { pagePath } from "../../model/urls.ts";
import { caseLabel } from "../../render/narrative/blocks/case.ts";
import { caseSchools, emptyEntityIndex, type EntityIndex, type EntityRef } from "../entities/index.ts";
import { anchorUrl, rendered, type ReportView } from "./report-view.ts";
import { chapterOf, headingsById } from "./sections.ts";
import type { SeriesPlace } from "./series.ts";

/** Everything a case's page (and its line in the case library) shows. */
export interface CaseEntry {
  readonly report: Report;
  readonly case: Case;
  /** `案例2-1`, or the marker word when unnumbered. */
  readonly label: string;
  /** The case's body blocks (after its title) as sanitized HTML. */
  readonly html: string;
  readonly section: Heading | null;
  /** The level-1 heading above the case's section. */
  readonly chapter: Heading | null;
  readonly sectionUrl: string | null;
  readonly anchorUrl: string | null;
  readonly prev: Case | null;
  readonly next: Case | null;
  /** The schools the case names. */
  readonly schools: EntityRef[];
  /** The report's place in its series, null outside any. */
  readonly series: SeriesPlace | null;
}

/** The page entries of a report's cases, in document order, each knowing its neighbours. */
export function caseEntries(
  view: ReportView,
  entities: EntityIndex = emptyEntityIndex(),
  series: SeriesPlace | null = null,
): CaseEntry[] {
  const { report } = view;
  const headings = headingsById(report);
  return report.cases.map((item, i) => {
    pagePath(item.url);
    const section = item.sectionId ? (headings.get(item.sectionId) ?? null) : null;
    return {
      report,
      case: item,
      label: caseLabel(item),
      html: rendered(view.html.cases, i, item.id),
      section,
      chapter: chapterOf(headings, item.sectionId),
      sectionUrl: anchorUrl(view, item.sectionId),
      anchorUrl: anchorUrl(view, item.id),
      prev: report.cases[i - 1] ?? null,
      next: report.cases[i + 1] ?? null,
      schools: caseSchools(entities, report.id, item.id),
      series,
    };
  });
}

import type { Report } from "../../../model/index.ts";
import { caseLabel } from "../blocks/case.ts";
import { figureLabel } from "../hast/figure.ts";
import { tableLabel } from "../hast/table.ts";
import type { ReferenceKind } from "./find.ts";

/** Where a reference links: the target's URL and a tooltip naming it (`表5-1 合作专业情况`). */
export interface ReferenceTarget {
  readonly url: string;
  readonly title: string;
}

/** Looks up the item a reference names in one report; null when the report has no such item. */
export type ReferenceTargets = (kind: ReferenceKind, number: string) => ReferenceTarget | null;

/** The first item for each number (a number printed twice gets `-dup2` in its id, not in its number). */
function byNumber<T extends { number: string | null }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (item.number !== null && !map.has(item.number)) map.set(item.number, item);
  return map;
}

/**
 * The link targets of a report's cross-references: a table links to its own page, a case to its
 * page, a figure to its anchor in the narrative (`/reports/<id>/#fig-2-1`, absolute so that it also
 * works from a case page), and only when the figure is in the narrative.
 */
export function referenceTargets(report: Report): ReferenceTargets {
  const tables = byNumber(report.tables);
  const cases = byNumber(report.cases);
  const inBody = new Set(report.body.flatMap((b) => (b.ref ? [b.ref] : [])));
  const figures = byNumber(report.figures.filter((f) => inBody.has(f.id)));
  const lookup: Record<ReferenceKind, (n: string) => ReferenceTarget | null> = {
    table: (n) => {
      const t = tables.get(n);
      return t ? { url: t.url, title: `${tableLabel(t)} ${t.caption}` } : null;
    },
    figure: (n) => {
      const f = figures.get(n);
      return f ? { url: `${report.url}#${f.id}`, title: `${figureLabel(f)} ${f.caption}` } : null;
    },
    case: (n) => {
      const c = cases.get(n);
      return c ? { url: c.url, title: `${caseLabel(c)} ${c.title}` } : null;
    },
  };
  return (kind, number) => lookup[kind](number);
}

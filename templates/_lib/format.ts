import { type Html, markup } from "../../src/lib/html.ts";
import type { Report, ReportSummary } from "../../src/model/index.ts";
import { orUnknown, regionLevelLabel, schoolLevelLabel } from "../../src/site/views/labels.ts";
import type { RegionGroup } from "../../src/site/views/regions.ts";

/** `区县级 · 中等职业教育`, or the placeholder when neither is known. */
export function levelText(r: Pick<Report, "regionLevel" | "schoolLevel">): string {
  const parts = [r.regionLevel && regionLevelLabel[r.regionLevel], r.schoolLevel && schoolLevelLabel[r.schoolLevel]];
  const known = parts.filter((p): p is string => Boolean(p));
  return known.length > 0 ? known.join(" · ") : orUnknown(null);
}

/** `2024 年度`, or the placeholder. */
export function yearText(year: number | null): string {
  return year === null ? orUnknown(null) : `${year} 年度`;
}

/** A release date as printed (`2021-03`, YYYY, YYYY-MM or YYYY-MM-DD) in a <time>, or the placeholder. */
export function dateText(date: string | null): Html | string {
  return date === null ? orUnknown(null) : markup`<time datetime="${date}">${date}</time>`;
}

/** The counts of a summary as one short Chinese line. */
export function countsText(s: ReportSummary): string {
  const c = s.counts;
  return `${c.headings} 个标题 · ${c.tables} 张表 · ${c.figures} 个图题 · ${c.cases} 个案例 · ${c.diagnostics} 条诊断`;
}

/** `2020–2024 年度`, or one year. */
export function yearSpan(group: RegionGroup): string {
  const years = group.reports.flatMap((r) => (r.reportYear === null ? [] : [r.reportYear]));
  if (years.length === 0) return "年度未注明";
  const [low, high] = [Math.min(...years), Math.max(...years)];
  return low === high ? `${low} 年度` : `${low}–${high} 年度`;
}

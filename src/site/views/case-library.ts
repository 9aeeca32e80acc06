import type { Heading, Report } from "../../model/index.ts";
import type { CaseEntry } from "./case-view.ts";

/** The cases of one chapter of a report, in document order. */
export interface ChapterGroup {
  /** The level-1 heading, or null for cases outside any section. */
  readonly chapter: Heading | null;
  readonly cases: CaseEntry[];
}

/** One report's cases, by chapter. */
export interface ReportGroup {
  readonly report: Report;
  readonly chapters: ChapterGroup[];
}

/**
 * Groups case entries by report, then by chapter, keeping the order given (reports by id,
 * cases in document order) so the library reads like the reports and needs no script to browse.
 */
export function groupCases(entries: readonly CaseEntry[]): ReportGroup[] {
  const reports = new Map<string, { report: Report; chapters: Map<string, ChapterGroup> }>();
  for (const entry of entries) {
    let group = reports.get(entry.report.id);
    if (!group) reports.set(entry.report.id, (group = { report: entry.report, chapters: new Map() }));
    const key = entry.chapter?.id ?? "";
    let chapter = group.chapters.get(key);
    if (!chapter) group.chapters.set(key, (chapter = { chapter: entry.chapter, cases: [] }));
    chapter.cases.push(entry);
  }
  return [...reports.values()].map((g) => ({ report: g.report, chapters: [...g.chapters.values()] }));
}

/**
 * The home page's "recent cases": the first `count` cases of the latest report year's reports
 * (reports by id, cases in document order), so the choice is stable from build to build.
 */
export function recentCases(entries: readonly CaseEntry[], count: number): CaseEntry[] {
  const years = entries.flatMap((e) => (e.report.reportYear === null ? [] : [e.report.reportYear]));
  if (years.length === 0) return entries.slice(0, count);
  const latest = Math.max(...years);
  return entries.filter((e) => e.report.reportYear === latest).slice(0, count);
}

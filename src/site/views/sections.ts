import type { Heading, Report } from "../../model/index.ts";

/** A report's headings by id. */
export function headingsById(report: Report): Map<string, Heading> {
  return new Map(report.headings.map((h) => [h.id, h]));
}

/**
 * The chapter of a section: its top-level ancestor (following `parentId`). A cycle or an unknown
 * parent stops the walk at the last heading found.
 */
export function chapterOf(headings: ReadonlyMap<string, Heading>, sectionId: string | null): Heading | null {
  let current = sectionId ? headings.get(sectionId) : undefined;
  const seen = new Set<string>();
  while (current?.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = headings.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current ?? null;
}

/** `一 学生发展`: a heading's number and title, as listed. */
export function headingText(heading: Heading): string {
  return [heading.number, heading.title].filter(Boolean).join(" ");
}

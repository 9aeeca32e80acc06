/** The citable parts of a report page: the report itself and each section and figure anchored on it. */
import type { Report } from "../../model/index.ts";
import type { CitedItem } from "./citation.ts";
import { headingText } from "./sections.ts";

/** The whole report, at its page. */
export function reportItem(report: Pick<Report, "url">): CitedItem {
  return { label: null, path: report.url, lines: null };
}

/**
 * Each section and figure the report page has an anchor for (`anchors`: the ids in its narrative), in
 * document order, cited at `report.url#id` by its heading line or caption line.
 */
export function anchorItems(
  report: Pick<Report, "url" | "headings" | "figures">,
  anchors: readonly string[],
): CitedItem[] {
  const anchored = new Set(anchors);
  const at = (id: string, label: string, line: number): CitedItem => ({
    label,
    path: `${report.url}#${id}`,
    lines: [line, line],
  });
  const sections = report.headings.map((h) => at(h.id, headingText(h), h.line));
  const figures = report.figures.map((f) => at(f.id, `图${f.number}`, f.line));
  return [...sections, ...figures]
    .filter((item) => anchored.has(item.path.slice(report.url.length + 1)))
    .sort((a, b) => (a.lines?.[0] ?? 0) - (b.lines?.[0] ?? 0));
}

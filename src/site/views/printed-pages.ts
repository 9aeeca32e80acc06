import { pageAt } from "../../extract/pages.ts";
import type { PageStart } from "../../model/index.ts";

/**
 * The printed pages a run of lines falls on, as a reader cites them: `第 12 页`, `第 12–13 页`, or null
 * when the text does not show them. One line → page lookup exists already (`pageAt`, where the page
 * map is made); a span only adds its two ends, and a page whose number is unknown makes the span unknown.
 */
export function pagesOfLines(pages: readonly PageStart[], first: number, last: number = first): string | null {
  const from = pageAt(pages, first);
  const to = pageAt(pages, Math.max(first, last));
  if (from === null || to === null) return null;
  return from === to ? `第 ${from} 页` : `第 ${from}–${to} 页`;
}

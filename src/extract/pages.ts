import type { SourceLine } from "../ingest/lines.ts";
import type { Artefact, PageStart } from "../model/index.ts";

/** The number a stray page-number line prints: `4`, `- 4 -`, `第 4 页`, `4 / 20` → 4. */
function printedNumber(text: string): number | null {
  const m = /\d{1,4}/.exec(text);
  const n = m ? Number(m[0]) : 0;
  return n > 0 ? n : null;
}

interface Mark {
  readonly line: number;
  readonly page: number;
}

function pageNumberMarks(artefacts: readonly Artefact[]): Mark[] {
  return artefacts
    .filter((a) => a.kind === "page-number")
    .flatMap((a) => {
      const page = printedNumber(a.text);
      return page === null ? [] : [{ line: a.line, page }];
    })
    .sort((a, b) => a.line - b.line);
}

/** True when lines [from, to] (1-based, inclusive) hold nothing but blanks. */
function blank(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let n = from; n <= to; n++) if ((lines[n - 1]?.text.trim() ?? "") !== "") return false;
  return true;
}

/**
 * With form feeds, each page is known: it is numbered by the page-number line on it, if any. A page
 * without one between two numbered pages is numbered by counting, when the count agrees with both.
 */
function byFormFeeds(lines: readonly SourceLine[], breaks: readonly number[], marks: readonly Mark[]): PageStart[] {
  const starts = [1, ...breaks.filter((b) => b > 1)];
  const pages = starts
    .map((line, k) => ({ line, end: (starts[k + 1] ?? lines.length + 1) - 1 }))
    .filter((p, k) => k === 0 || !blank(lines, p.line, p.end))
    .map((p) => ({ line: p.line, page: marks.find((m) => m.line >= p.line && m.line <= p.end)?.page ?? null }));
  return fillByCounting(pages);
}

function fillByCounting(pages: PageStart[]): PageStart[] {
  return pages.map((p, k) => {
    if (p.page !== null) return p;
    const before = pages.slice(0, k).findLastIndex((q) => q.page !== null);
    const after = pages.findIndex((q, j) => j > k && q.page !== null);
    const prev = pages[before]?.page;
    const next = pages[after]?.page;
    if (prev == null || next == null || next - prev !== after - before) return p;
    return { line: p.line, page: prev + (k - before) };
  });
}

/**
 * Without form feeds, a stray page number ends its page (a footer), so the text between two of them
 * is one page when they count on by one; elsewhere where a page starts is known but not its number.
 */
function byPageNumbers(lines: readonly SourceLine[], marks: readonly Mark[]): PageStart[] {
  const pages: PageStart[] = [];
  let start = 1;
  let prev: number | null = null;
  for (const m of marks) {
    const isOnePage = prev === null ? m.page === 1 : m.page === prev + 1;
    pages.push({ line: start, page: isOnePage ? m.page : null });
    prev = m.page;
    start = m.line + 1;
  }
  if (start <= lines.length && !blank(lines, start, lines.length)) pages.push({ line: start, page: null });
  return pages;
}

/**
 * The line → printed page map of a report: where each page starts and the number printed on it.
 * Page breaks are form feeds when the text has them, else the stray page-number lines the parser set
 * aside. Empty when the text shows neither.
 */
export function pageMap(
  lines: readonly SourceLine[],
  formFeedBreaks: readonly number[],
  artefacts: readonly Artefact[],
): PageStart[] {
  const marks = pageNumberMarks(artefacts);
  if (formFeedBreaks.length > 0) return byFormFeeds(lines, formFeedBreaks, marks);
  return marks.length > 0 ? byPageNumbers(lines, marks) : [];
}

/** The printed page of a line, or null when unknown: what a citation (第 N 页) shows. */
export function pageAt(pages: readonly PageStart[], line: number): number | null {
  let page: number | null = null;
  for (const p of pages) {
    if (p.line > line) break;
    page = p.page;
  }
  return page;
}

import { displayWidth } from "../../lib/text.ts";

/** A column's extent in display columns: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Splits a tab-separated row; every tab starts a cell, so empty cells survive. */
export function splitTabs(text: string): string[] {
  return text.split("\t").map((c) => c.trim());
}

/** Splits a single-space-separated row into its words. */
export function splitWords(text: string): string[] {
  const t = text.trim();
  return t === "" ? [] : t.split(/\s+/);
}

/** Marks the display columns that hold a printed character on one line. */
function occupied(text: string): boolean[] {
  const marks: boolean[] = [];
  let pos = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (!/\s/.test(ch)) for (let k = 0; k < w; k++) marks[pos + k] = true;
    pos += w;
  }
  return marks;
}

/**
 * Column spans of a layout-aligned body: the gutters are runs of at least two
 * display columns that are blank on every line (pdftotext -layout keeps two
 * or more spaces between columns and pads each cell to its column's width).
 */
export function findColumnSpans(lines: readonly string[]): Span[] {
  const marks = lines.map(occupied);
  const width = Math.max(0, ...marks.map((m) => m.length));
  const used = Array.from({ length: width }, (_, p) => marks.some((m) => m[p] === true));
  const spans: Span[] = [];
  let p = used.indexOf(true);
  while (p >= 0 && p < width) {
    let end = p;
    // A single blank column is a space inside a cell; two or more are a gutter.
    while (end < width && (used[end] === true || used[end + 1] === true)) end++;
    spans.push({ start: p, end });
    p = used.indexOf(true, end);
  }
  return spans;
}

/** Cuts one line into cells by column spans (a cell holds the characters starting inside its span). */
export function splitBySpans(text: string, spans: readonly Span[]): string[] {
  const cells = spans.map(() => "");
  let pos = 0;
  for (const ch of text) {
    const k = spans.findIndex((s) => pos >= s.start && pos < s.end);
    if (k >= 0) cells[k] += ch;
    pos += displayWidth(ch);
  }
  return cells.map((c) => c.trim());
}

/**
 * True when the spans are real columns: at least two, and no cell keeps a
 * run of two or more spaces (which would be a gutter the other lines lack —
 * the sign of single-space-separated text such as report 004's tables).
 */
export function spansAreColumns(lines: readonly string[], spans: readonly Span[]): boolean {
  if (spans.length < 2) return false;
  return lines.every((l) => splitBySpans(l, spans).every((c) => !/\S\s{2,}\S/.test(c)));
}

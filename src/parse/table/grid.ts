import { finding } from "../../model/index.ts";
import { padTo, withoutTrailingEmpty } from "./cells.ts";
import { type ColumnStats, columnStats } from "./column-stats.ts";
import { isContinuation, mergeContinuation, tailsFit } from "./continuation.ts";
import type { CellLine, GridResult, RowDraft, Sink } from "./draft.ts";
import { isLoneLabel, labelColumn } from "./group-label.ts";
import { flattenHeader, headerWidth, isSubHeaderRow } from "./header.ts";
import { isSeparatorLine } from "./line-kind.ts";
import { fitRow } from "./width.ts";
import { cleanDataCell, cleanHeaderCell, listColumns } from "./wrap-spaces.ts";

/** Drops separator remnants (`---\t-----`), recording them as artefacts. */
function dropSeparators(lines: readonly CellLine[], sink: Sink): CellLine[] {
  return lines.filter((l) => {
    if (!isSeparatorLine(l.cells)) return true;
    sink.artefacts.push({ kind: "separator", line: l.no, text: l.text.trim() });
    return false;
  });
}

/** The header rows at the top of the body: one row, or two when the second is a sub-header. */
function takeHeader(lines: readonly CellLine[]): string[][] {
  const top = (lines[0]?.cells ?? []).map(cleanHeaderCell);
  const second = lines[1]?.cells.map(cleanHeaderCell);
  return second && isSubHeaderRow(top, second) ? [top, second] : [top];
}

/** True when a line prints header row `row` again (after a page break). */
function sameRow(line: CellLine, row: readonly string[]): boolean {
  const a = withoutTrailingEmpty(line.cells.map(cleanHeaderCell));
  const b = withoutTrailingEmpty(row);
  return a.length === b.length && a.every((c, j) => c === b[j]);
}

/** Drops headers repeated after page breaks, with an artefact per line and a finding per repeat. */
function dropRepeatedHeaders(lines: readonly CellLine[], header: readonly string[][], sink: Sink): CellLine[] {
  const out: CellLine[] = [];
  let expect = 0;
  let repeatedBefore = false;
  for (const line of lines) {
    const k = expect > 0 && sameRow(line, header[expect] ?? []) ? expect : sameRow(line, header[0] ?? []) ? 0 : -1;
    if (k < 0) {
      // The line after a repeated header follows a page break, like one after a blank line.
      out.push(repeatedBefore ? { ...line, afterBreak: true } : line);
      [expect, repeatedBefore] = [0, false];
      continue;
    }
    repeatedBefore = true;
    if (k === 0) sink.findings.push(finding("table-header-repeated", { number: sink.number }, line.no));
    sink.artefacts.push({ kind: "repeated-header", line: line.no, text: line.text.trim() });
    expect = k + 1 < header.length ? k + 1 : 0;
  }
  return out;
}

/** Cleans wrap spaces in data cells, column by column. */
function cleanLines(lines: readonly CellLine[], width: number): { lines: CellLine[]; lists: boolean[] } {
  const lists = listColumns(
    lines.map((l) => l.cells),
    Math.max(width, ...lines.map((l) => l.cells.length)),
  );
  const cleaned = lines.map((l) => ({ ...l, cells: l.cells.map((c, j) => cleanDataCell(c, lists[j] === true)) }));
  return { lines: cleaned, lists };
}

/** Turns data lines into rows: continuations merge up, lone labels move into the row below. */
function buildRows(
  lines: readonly CellLine[],
  width: number,
  stats: ColumnStats,
  lists: boolean[],
  sink: Sink,
): RowDraft[] {
  const rows: RowDraft[] = [];
  let label: string | null = null;
  lines.forEach((line, k) => {
    const prev = rows[rows.length - 1];
    if (isLoneLabel(line, lines[k + 1])) return void (label = line.cells[0] ?? null);
    if (prev && label === null && isContinuation(line, prev.cells, stats) && tailsFit(prev, line, stats, lists)) {
      return mergeContinuation(prev, line, stats, lists, sink);
    }
    const cells = padTo(line.cells, width);
    if (label !== null) placeLabel(cells, label, stats, rows, line.no);
    label = null;
    rows.push({ cells, line: line.no });
  });
  if (label !== null) rows.push({ cells: padTo([label], width), line: lines[lines.length - 1]?.no ?? 0 });
  return rows;
}

/** Puts a lone group label into its column of the row below, or keeps it as a row of its own. */
function placeLabel(cells: string[], label: string, stats: ColumnStats, rows: RowDraft[], no: number): void {
  const col = labelColumn(label, cells, stats);
  if (col >= 0) cells[col] = label;
  else rows.push({ cells: padTo([label], cells.length), line: no });
}

/**
 * Builds header, columns and rows from the cell lines of a tab-separated or
 * column-aligned body (the two layouts a converter produces for the same table).
 */
export function assembleGrid(all: readonly CellLine[], sink: Sink): GridResult {
  const lines = dropSeparators(all, sink);
  const rawHeader = takeHeader(lines);
  const width = headerWidth(rawHeader);
  const header = rawHeader.map((r) => padTo(r, width).slice(0, width));
  const data = dropRepeatedHeaders(lines.slice(rawHeader.length), rawHeader, sink);
  const { lines: clean, lists } = cleanLines(data, width);
  const stats = columnStats(
    clean.map((l) => l.cells),
    width,
  );
  const drafts = buildRows(clean, width, stats, lists, sink);
  const rows = drafts.map((r) => ({ ...r, cells: fitRow(r.cells, width, r.line, sink) }));
  return { header, columns: flattenHeader(header, width), rows, artefacts: sink.artefacts, findings: sink.findings };
}

import { finding } from "../../model/index.ts";
import { padTo } from "./cells.ts";
import type { CellLine, GridResult, RowDraft, Sink } from "./draft.ts";
import { flattenHeader } from "./header.ts";
import { glue, headerTokens, mergeFragments, periodicHeader, type TokenHeader } from "./token-header.ts";
import { fitRow } from "./width.ts";

/*
 * Bodies whose cells are separated by single spaces (report 004): a cell never
 * contains a space, so words are cells. Long header cells are broken over
 * lines, one fragment per line; the data rows are the lines as wide as the
 * widest line.
 */

const OPENS_BRACKET = /^[（(［[]/;

/** Reads the header from the lines above the first full-width line. */
export function readTokenHeader(lines: readonly (readonly string[])[], width: number): TokenHeader {
  const tokens = headerTokens(lines);
  if (tokens.length === width) return single(tokens.map((t) => t.text));
  const twoLevel = periodicHeader(tokens, width);
  if (twoLevel) return { rows: twoLevel, columns: flattenHeader(twoLevel, width), rowLabel: null };
  const last = lines[lines.length - 1] ?? [];
  const label = tokens[tokens.length - 1];
  // A lone word right above the data, with more header words than columns, labels the rows. The label
  // is that last token itself, so that every word stays in exactly one place: a bracketed last line
  // (`（%）`) was glued to the cell above by headerTokens and is no label.
  if (label && last.length === 1 && label.text === last[0] && tokens.length - 1 > width) {
    return { ...single(mergeFragments(tokens.slice(0, -1), width + 1)), rowLabel: label.text };
  }
  const names = mergeFragments(tokens, width);
  return single(names.length < width ? [...Array<string>(width - names.length).fill(""), ...names] : names);
}

function single(names: string[]): TokenHeader {
  return { rows: [names], columns: names, rowLabel: null };
}

/** Adds one line's words to the rows: it completes a short row above, or starts a new row. */
function addLine(rows: RowDraft[], line: CellLine, width: number, sink: Sink): void {
  const cur = rows[rows.length - 1];
  const words = line.cells;
  const indented = /^\s/.test(line.text);
  if (cur && words.length === 1 && OPENS_BRACKET.test(words[0] ?? "") && cur.cells.length > 0) {
    const k = cur.cells.length - 1;
    cur.cells[k] = glue(cur.cells[k] ?? "", words[0] ?? "");
    return void sink.findings.push(
      finding("table-cell-joined", { number: sink.number, text: words[0] ?? "" }, line.no),
    );
  }
  if (cur && cur.cells.length < width && !indented) return void cur.cells.push(...words);
  // A leading space is all that shows an empty first cell in a short row.
  const cells = indented && words.length < width ? ["", ...words] : [...words];
  rows.push({ cells, line: line.no });
}

/**
 * Widens the data rows to the header when it kept more names than the rows have cells: header words
 * that fit no column (a header line duplicated or cut by a converter) keep a column of their own, never
 * vanish, and the mismatch is reported for a reader to check.
 */
function widenToHeader(rows: readonly RowDraft[], names: number, sink: Sink): RowDraft[] {
  const first = rows[0];
  if (!first || first.cells.length >= names) return [...rows];
  const width = first.cells.length;
  sink.findings.push(finding("table-row-width", { number: sink.number, width, expected: names }, first.line));
  return rows.map((r) => ({ ...r, cells: padTo(r.cells, names) }));
}

/** Builds header, columns and rows of a single-space-separated body. */
export function assembleWords(lines: readonly CellLine[], sink: Sink): GridResult {
  const width = Math.max(0, ...lines.map((l) => l.cells.length));
  const firstFull = Math.max(
    1,
    lines.findIndex((l) => l.cells.length === width),
  );
  const head = readTokenHeader(
    lines.slice(0, firstFull).map((l) => l.cells),
    width,
  );
  const rows: RowDraft[] = [];
  for (const line of lines.slice(firstFull)) addLine(rows, line, width, sink);
  const fitted = rows.map((r) => ({ ...r, cells: fitRow(r.cells, width, r.line, sink) }));
  const labelled =
    head.rowLabel === null
      ? fitted
      : fitted.map((r, k) => ({ ...r, cells: [k === 0 ? (head.rowLabel ?? "") : "", ...r.cells] }));
  const wide = widenToHeader(labelled, head.columns.length, sink);
  const total = wide[0]?.cells.length ?? width;
  return {
    header: head.rows.map((r) => padTo(r, total)),
    columns: padTo(head.columns, total),
    rows: wide,
    artefacts: sink.artefacts,
    findings: sink.findings,
  };
}

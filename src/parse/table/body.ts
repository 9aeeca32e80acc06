import { isBlank } from "../../lib/text.ts";
import { finding } from "../../model/index.ts";
import type { ParsedTable, ScanContext } from "../types.ts";
import type { CellLine, GridResult, Sink } from "./draft.ts";
import { type BodyExtent, findBodyExtent } from "./extent.ts";
import { assembleGrid } from "./grid.ts";
import { type ClaimedNote, claimNotes } from "./note.ts";
import { findColumnSpans, spansAreColumns, splitBySpans, splitTabs, splitWords } from "./split.ts";
import { assembleWords } from "./tokens.ts";

/** The result for a caption whose body is missing (an image in the original). */
function captionOnly(start: number, line: number, number: string): ParsedTable {
  return {
    header: [],
    columns: [],
    rows: [],
    rowLines: [],
    note: null,
    bodyLines: null,
    claimed: [],
    artefacts: [],
    findings: [finding("table-body-not-found", { number }, line)],
    end: start,
  };
}

/** Body lines with their cells, cut by `split`. */
function cellLines(ctx: ScanContext, extent: BodyExtent, split: (text: string) => string[]): CellLine[] {
  return extent.indexes.map((i) => {
    const line = ctx.lines[i] ?? { no: 0, text: "" };
    return {
      index: i,
      no: line.no,
      text: line.text,
      cells: split(line.text),
      afterBreak: isBlank(ctx.lines[i - 1]?.text ?? "x"),
    };
  });
}

/**
 * Cuts the body into cells and assembles the grid. Tabs delimit cells when
 * present; otherwise gutters of two or more blank display columns shared by
 * every line (pdftotext -layout); otherwise single spaces between words.
 */
function assemble(ctx: ScanContext, extent: BodyExtent, sink: Sink): GridResult {
  if (extent.mode === "tab") return assembleGrid(cellLines(ctx, extent, splitTabs), sink);
  const texts = extent.indexes.map((i) => ctx.lines[i]?.text ?? "");
  const spans = findColumnSpans(texts);
  if (spansAreColumns(texts, spans))
    return assembleGrid(
      cellLines(ctx, extent, (t) => splitBySpans(t, spans)),
      sink,
    );
  return assembleWords(cellLines(ctx, extent, splitWords), sink);
}

/** The stray page numbers of a page break inside the body, set aside. */
function pageNumberArtefacts(ctx: ScanContext, extent: BodyExtent): ParsedTable["artefacts"] {
  return extent.pageNumbers.map((i) => ({
    kind: "page-number",
    line: ctx.lines[i]?.no ?? 0,
    text: ctx.lines[i]?.text ?? "",
  }));
}

/** Every line number from the first body line to the last line claimed (blank gaps included). */
function claimedLines(ctx: ScanContext, first: number, last: number): number[] {
  return ctx.lines.slice(first, last + 1).map((l) => l.no);
}

/** Parses the body (and the notes under it) that starts at or just after index `start`. */
export function parseBody(ctx: ScanContext, start: number, number: string): ParsedTable {
  const extent = findBodyExtent(ctx, start);
  const first = extent?.indexes[0];
  const lastBody = extent?.indexes[extent.indexes.length - 1];
  if (!extent || first === undefined || lastBody === undefined) {
    return captionOnly(start, ctx.lines[start - 1]?.no ?? start, number);
  }
  const grid = assemble(ctx, extent, { number, artefacts: [], findings: [] });
  const note: ClaimedNote | null = claimNotes(ctx, lastBody + 1);
  const last = note?.indexes[note.indexes.length - 1] ?? lastBody;
  return {
    header: grid.header,
    columns: grid.columns,
    rows: grid.rows.map((r) => r.cells),
    rowLines: grid.rows.map((r) => r.line),
    note: note?.text ?? null,
    bodyLines: [ctx.lines[first]?.no ?? 0, ctx.lines[lastBody]?.no ?? 0],
    claimed: claimedLines(ctx, first, last),
    artefacts: [...grid.artefacts, ...pageNumberArtefacts(ctx, extent)],
    findings: grid.findings,
    end: last + 1,
  };
}

import { isBlank } from "../../lib/text.ts";
import { artefactKind } from "../blocks/artefact.ts";
import type { ScanContext } from "../types.ts";
import { isNoteStart, isProse } from "./line-kind.ts";

/** How the cells of a body are delimited. */
export type BodyMode = "tab" | "space";

/** The lines a table body occupies. */
export interface BodyExtent {
  readonly mode: BodyMode;
  /** 0-based indexes of the non-blank body lines, in order. */
  readonly indexes: number[];
  /** 0-based indexes of stray page numbers between body lines (a page break inside the table). */
  readonly pageNumbers: number[];
}

/** Page breaks and image gaps leave at most this many blank lines inside a table. */
const MAX_GAP = 3;

/** Index of the first non-blank line at or after `from` within MAX_GAP blanks, or -1. */
export function nextNonBlank(ctx: ScanContext, from: number): number {
  for (let i = from; i < ctx.lines.length && i <= from + MAX_GAP; i++) {
    if (!isBlank(ctx.lines[i]?.text ?? "")) return i;
  }
  return -1;
}

/** True when line `i` cannot belong to any table body: another block, prose or a note. */
function isStop(ctx: ScanContext, i: number): boolean {
  const text = ctx.lines[i]?.text ?? "";
  return ctx.isBoundary(i) || isProse(text) || isNoteStart(text);
}

/**
 * A short line without tabs inside a tab table: a group label standing alone
 * between page breaks (`优秀奖`). It belongs to the body only when tab rows follow.
 */
function isLoneLabel(ctx: ScanContext, i: number): boolean {
  const text = ctx.lines[i]?.text ?? "";
  if (text.trim().length > 12 || /[，。、；：:,]/.test(text)) return false;
  const next = nextNonBlank(ctx, i + 1);
  return next > 0 && !isStop(ctx, next) && (ctx.lines[next]?.text ?? "").includes("\t");
}

/** True when non-blank line `i` continues a body of the given mode. */
function isBodyLine(ctx: ScanContext, i: number, mode: BodyMode): boolean {
  if (isStop(ctx, i)) return false;
  if (mode === "space") return true;
  return (ctx.lines[i]?.text ?? "").includes("\t") || isLoneLabel(ctx, i);
}

/**
 * Finds the body starting at or just after `start`: consecutive row-like lines,
 * allowing page-break gaps of blank lines, up to a boundary, prose or a note.
 * Null when the first non-blank line is not a table row (the body was an image).
 */
export function findBodyExtent(ctx: ScanContext, start: number): BodyExtent | null {
  const first = nextNonBlank(ctx, start);
  if (first < 0 || isStop(ctx, first)) return null;
  const mode: BodyMode = (ctx.lines[first]?.text ?? "").includes("\t") ? "tab" : "space";
  const indexes = [first];
  const pageNumbers: number[] = [];
  for (let i = nextNonBlank(ctx, first + 1); i > 0; i = nextNonBlank(ctx, i + 1)) {
    if (isPageNumberInside(ctx, i, mode)) pageNumbers.push(i);
    else if (isBodyLine(ctx, i, mode)) indexes.push(i);
    else break;
  }
  // A page number after the last row is the artefact handler's, after the table.
  const last = indexes[indexes.length - 1] ?? first;
  return { mode, indexes, pageNumbers: pageNumbers.filter((i) => i < last) };
}

/**
 * A stray page number where a page break cuts the table, with body rows after it. In a tab table any
 * page-number line (its rows have tabs); in a space-aligned one only a decorated one (`- 4 -`, `第 4 页`),
 * because there a lone number may be a cell of a one-cell-per-line layout.
 */
function isPageNumberInside(ctx: ScanContext, i: number, mode: BodyMode): boolean {
  const text = ctx.lines[i]?.text ?? "";
  if (artefactKind(text) !== "page-number" || (mode === "space" && /^\s*\d+\s*$/.test(text))) return false;
  const next = nextNonBlank(ctx, i + 1);
  return next > 0 && isBodyLine(ctx, next, mode);
}

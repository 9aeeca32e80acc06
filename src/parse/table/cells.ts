/** Row and cell helpers for tables: number shapes, trimming, padding. */
import { isNoValue, readNumber } from "../../lib/numbers.ts";

/**
 * True for a cell shaped like a table's data: a printed number (`1552`, `-383`, `92．1`, `96.5%`,
 * `4,837.51`, `9009⁶`, `8.1:1`), a fraction `3/4`, or a dash standing for no value.
 */
export function isNumeric(cell: string): boolean {
  const text = cell.trim();
  if (text === "") return false;
  return readNumber(text) !== null || /^\d+\/\d+$/.test(text) || isNoValue(text);
}

/** The row without its trailing empty cells (trailing tabs are not columns). */
export function withoutTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/** Pads a row with empty cells up to `width` (never truncates). */
export function padTo(cells: readonly string[], width: number): string[] {
  const out = [...cells];
  while (out.length < width) out.push("");
  return out;
}

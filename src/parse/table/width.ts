import { finding } from "../../model/index.ts";
import { padTo, withoutTrailingEmpty } from "./cells.ts";
import type { Sink } from "./draft.ts";

/**
 * Makes a row exactly `width` cells wide. Trailing empty cells go first;
 * a row still too wide was shifted by a spurious empty cell, which is removed
 * (leftmost after the first column); anything left over is merged into the
 * last cell. Those last two repairs are reported, since a reader should check them.
 */
export function fitRow(cells: readonly string[], width: number, line: number, sink: Sink): string[] {
  let out = cells.length > width ? withoutTrailingEmpty(cells) : [...cells];
  if (out.length > width) {
    sink.findings.push(finding("table-row-width", { number: sink.number, width: out.length, expected: width }, line));
    out = removeShift(out, width);
  }
  if (out.length > width) out = [...out.slice(0, width - 1), out.slice(width - 1).join(" ")];
  return padTo(out, width);
}

/** Drops empty cells (never the first) until the row fits or none are left. */
function removeShift(cells: string[], width: number): string[] {
  const out = [...cells];
  for (let j = 1; j < out.length && out.length > width;) {
    if (out[j] === "") out.splice(j, 1);
    else j++;
  }
  return out;
}

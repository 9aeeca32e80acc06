import type { ColumnStats } from "./column-stats.ts";
import type { CellLine } from "./draft.ts";

/**
 * True for a group label printed alone between page breaks (`优秀奖` above the
 * last rows of an award list): one short text in the first cell, no tab, blank
 * lines before and after.
 */
export function isLoneLabel(line: CellLine, next: CellLine | undefined): boolean {
  if (line.text.includes("\t") || line.cells[0] === "") return false;
  if (line.cells.slice(1).some((c) => c !== "")) return false;
  return line.afterBreak && next?.afterBreak === true;
}

/** Characters two strings share (how much a label looks like a column's values). */
function overlap(a: string, b: string): number {
  return [...new Set(a)].filter((ch) => b.includes(ch)).length;
}

/**
 * The column a lone group label belongs to in the row below it: a sparse
 * (rowspan-like) column that row leaves empty, preferring the one whose values
 * look most like the label (`优秀奖` beside `一等奖`). -1 when there is none.
 */
export function labelColumn(label: string, below: readonly string[], stats: ColumnStats): number {
  let best = -1;
  let bestScore = -1;
  below.forEach((cell, col) => {
    if (col === 0 || cell !== "" || stats.dense[col] === true) return;
    const score = Math.max(0, ...stats.values(col).map((v) => overlap(label, v)));
    if (score > bestScore) [best, bestScore] = [col, score];
  });
  return best;
}

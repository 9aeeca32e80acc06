import { charLength } from "../../lib/text.ts";
import { finding } from "../../model/index.ts";
import { isNumeric } from "./cells.ts";
import type { ColumnStats } from "./column-stats.ts";
import type { CellLine, RowDraft, Sink } from "./draft.ts";

/**
 * True when `line` carries the wrapped tails of the row above rather than a
 * row of its own: its first cell is empty, it fills only cells the row above
 * also fills, and it leaves empty a column that rows fill almost everywhere.
 * (A rowspan sub-row leaves only group columns empty — those are sparse.)
 * Only a page break pushes several cells' tails onto a line of their own;
 * right under its row, a continuation carries a single cell.
 */
export function isContinuation(cellLine: CellLine, prev: readonly string[], stats: ColumnStats): boolean {
  const line = cellLine.cells;
  const filled = line.filter((c) => c !== "").length;
  if (line[0] !== "" || filled === 0 || (!cellLine.afterBreak && filled > 1)) return false;
  const subset = line.every((c, j) => c === "" || (prev[j] ?? "") !== "");
  const leavesDenseEmpty = line.some((c, j) => c === "" && stats.dense[j] === true);
  return subset && leavesDenseEmpty;
}

/** Joins a wrapped tail: list columns keep a space between items, other cells join directly. */
function join(head: string, tail: string, isList: boolean): string {
  const ascii = /[A-Za-z0-9]$/.test(head) && /^[A-Za-z0-9]/.test(tail);
  return isList || ascii ? `${head} ${tail}` : head + tail;
}

/** What to do with one wrapped piece: join it, drop it as a repeated character, or shift it into a new cell. */
export type PieceAction = "join" | "drop" | "overflow";

/**
 * Decides how a wrapped `piece` combines with the cell `head` above it in column `col`.
 * A value printed elsewhere (in the column for a join, anywhere for a
 * complete cell — a shifted row puts values in the wrong column) vouches for the result: `农林牧渔大`+`类`
 * joins because `农林牧渔大类` occurs; `医药卫生大类`+`类` drops the repeated `类`
 * because `医药卫生大类` occurs and `医药卫生大类类` does not. Two complete values
 * (`通过` + `C`, `53705.57` + `8403.16`) are not one cell: the row was shifted and
 * the piece is its missing last cell.
 */
export function pieceAction(head: string, piece: string, col: number, joined: string, stats: ColumnStats): PieceAction {
  if (stats.inColumn(col, joined) > 0) return "join";
  const repeats = charLength(piece) === 1 && head.endsWith(piece);
  const headKnown = stats.anywhere(head) > 1 || isNumeric(head);
  if (headKnown && repeats) return "drop";
  if (headKnown && (stats.anywhere(piece) > 1 || isNumeric(piece))) return "overflow";
  return repeats ? "drop" : "join";
}

/**
 * True when the tails on `line` combine with the row above. After a page
 * break a converter moves the wrapped tails of any cells to a line of their
 * own, but a number under a number (`208` over `91`) is a row of its own.
 * Without a page break it keeps a wrapped cell on its row (as a space:
 * `北京铁路电气化学 校`), so a tail right under a row is only the shifted-out
 * last cell of that row (`通过` … `C`).
 */
export function tailsFit(row: RowDraft, line: CellLine, stats: ColumnStats, lists: boolean[]): boolean {
  const actions = line.cells.flatMap((piece, col) => {
    const head = row.cells[col] ?? "";
    if (piece === "" || head === "") return [];
    return [pieceAction(head, piece, col, join(head, piece, lists[col] === true), stats)];
  });
  if (!line.afterBreak) return actions.length === 1 && actions[0] === "overflow";
  return line.cells.filter((c) => c !== "").length === 1 || !actions.includes("overflow");
}

/** Merges a continuation line into `row`, recording joins and dropped characters. */
export function mergeContinuation(
  row: RowDraft,
  line: CellLine,
  stats: ColumnStats,
  lists: boolean[],
  sink: Sink,
): void {
  const overflow: string[] = [];
  line.cells.forEach((piece, col) => {
    if (piece === "") return;
    const head = row.cells[col] ?? "";
    if (head === "") return void (row.cells[col] = piece);
    const joined = join(head, piece, lists[col] === true);
    const action = pieceAction(head, piece, col, joined, stats);
    if (action === "join") {
      row.cells[col] = joined;
      sink.findings.push(finding("table-cell-joined", { number: sink.number, text: piece }, line.no));
    } else if (action === "drop") {
      sink.artefacts.push({ kind: "repeated-character", line: line.no, text: piece });
    } else overflow.push(piece);
  });
  for (const piece of overflow) placeOverflow(row.cells, piece);
}

/** Puts a shifted-out piece into the first empty cell at the row's end, or appends it. */
function placeOverflow(cells: string[], piece: string): void {
  let k = cells.length;
  while (k > 0 && cells[k - 1] === "") k--;
  if (k < cells.length) cells[k] = piece;
  else cells.push(piece);
}

import type { TableMerge } from "../../model/index.ts";

/** One header cell after merging repeated group names into spans. */
export interface HeaderCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

type Grid = readonly (readonly string[])[];

const at = (grid: Grid, r: number, c: number): string => grid[r]?.[c] ?? "";

/**
 * Converted text prints a merged group label once, over the first of its
 * columns, and leaves the rest blank: a blank cell whose left neighbour is a
 * label, with sub-labels under both, continues that group.
 */
export function fillGroupGaps(header: Grid): string[][] {
  const filled = header.map((row) => [...row]);
  for (let r = 0; r < filled.length - 1; r++) {
    const row = filled[r] ?? [];
    for (let c = 1; c < row.length; c++) {
      const continues =
        row[c] === "" && row[c - 1] !== "" && at(header, r + 1, c) !== "" && at(header, r + 1, c - 1) !== "";
      if (continues) row[c] = row[c - 1] ?? "";
    }
  }
  return filled;
}

/**
 * Merges a multi-row header (each row as wide as the table) into cells with
 * col/row spans: group labels printed once are first carried over their blank
 * columns (fillGroupGaps); equal neighbours in a row merge when they share
 * the same parent cells above, and a cell spans down over rows that repeat it
 * or are empty beneath it. Empty cells never merge.
 */
export function headerCells(printed: Grid): HeaderCell[][] {
  const header = fillGroupGaps(printed);
  const width = Math.max(0, ...header.map((row) => row.length));
  const owner: number[][] = header.map(() => new Array<number>(width).fill(-1));
  const rows: HeaderCell[][] = header.map(() => []);
  let next = 0;
  header.forEach((_, r) => {
    for (let c = 0; c < width; c++) {
      if (owner[r]![c] !== -1) continue;
      const text = at(header, r, c);
      const colSpan = spanRight(header, owner, r, c, width);
      const rowSpan = spanDown(header, r, c, colSpan);
      for (let rr = r; rr < r + rowSpan; rr++) owner[rr]!.fill(next, c, c + colSpan);
      next++;
      rows[r]!.push({ text, colSpan, rowSpan });
    }
  });
  return rows;
}

function spanRight(header: Grid, owner: number[][], r: number, c: number, width: number): number {
  const text = at(header, r, c);
  let end = c + 1;
  const sameParents = (col: number) => owner.slice(0, r).every((row) => row[col] === row[c]);
  while (text !== "" && end < width && owner[r]![end] === -1 && at(header, r, end) === text && sameParents(end)) end++;
  return end - c;
}

function spanDown(header: Grid, r: number, c: number, colSpan: number): number {
  const text = at(header, r, c);
  if (text === "") return 1;
  let end = r + 1;
  const continues = (row: number) =>
    Array.from({ length: colSpan }, (_, i) => at(header, row, c + i)).every((v) => v === text || v === "");
  while (end < header.length && continues(end)) end++;
  return end - r;
}

/** The header's merged regions (cells spanning more than one row or column), positioned in the header grid. */
export function headerMerges(printed: Grid): TableMerge[] {
  const merges: TableMerge[] = [];
  const taken: boolean[][] = printed.map(() => []);
  headerCells(printed).forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (taken[row]?.[column] === true) column++;
      for (let r = row; r < row + cell.rowSpan; r++)
        for (let c = column; c < column + cell.colSpan; c++) taken[r]![c] = true;
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        merges.push({ part: "header", row, column, rows: cell.rowSpan, columns: cell.colSpan });
      }
      column += cell.colSpan;
    }
  });
  return merges;
}

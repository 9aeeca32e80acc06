/** One header cell after merging repeated group names into spans. */
export interface HeaderCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

type Grid = readonly (readonly string[])[];

const at = (grid: Grid, r: number, c: number): string => grid[r]?.[c] ?? "";

/**
 * Merges a multi-row header (each row as wide as the table, group names repeated)
 * into cells with col/row spans: equal neighbours in a row merge when they share
 * the same parent cells above, and a cell spans down over rows that repeat it or
 * are empty beneath it. Empty cells never merge.
 */
export function headerCells(header: Grid): HeaderCell[][] {
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

/** Occurrence counts of cell values, per column and over the whole table. */
export interface ColumnStats {
  /** How many cells of column `col` hold exactly `value`. */
  inColumn(col: number, value: string): number;
  /** How many cells anywhere hold exactly `value`. */
  anywhere(value: string): number;
  /** The distinct values of column `col`. */
  values(col: number): string[];
  /** Columns filled on (almost) every line: an empty cell there is not a merged cell. */
  readonly dense: boolean[];
}

/** Counts values over the data lines (before any joining), so a printed value can vouch for a join. */
export function columnStats(lines: readonly (readonly string[])[], width: number): ColumnStats {
  const perColumn = Array.from({ length: width }, () => new Map<string, number>());
  const all = new Map<string, number>();
  const empties = Array.from({ length: width }, () => 0);
  for (const cells of lines) {
    for (let j = 0; j < width; j++) {
      const v = cells[j] ?? "";
      if (v === "") {
        empties[j] = (empties[j] ?? 0) + 1;
        continue;
      }
      bump(perColumn[j], v);
      bump(all, v);
    }
  }
  // A wrapped tail or a merged cell may leave a dense column empty a few times, not more.
  const allowed = Math.max(2, Math.floor(lines.length / 10));
  return {
    inColumn: (col, value) => perColumn[col]?.get(value) ?? 0,
    anywhere: (value) => all.get(value) ?? 0,
    values: (col) => [...(perColumn[col]?.keys() ?? [])],
    dense: empties.map((n) => n <= allowed),
  };
}

function bump(map: Map<string, number> | undefined, key: string): void {
  map?.set(key, (map.get(key) ?? 0) + 1);
}

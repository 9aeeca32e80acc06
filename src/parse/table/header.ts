import { isNumeric, withoutTrailingEmpty } from "./cells.ts";

/**
 * True when `second` is the lower row of a two-row header under `first`:
 * `first` has a group label followed by empty cells it spans, and `second`
 * only fills cells under a group (the label's own cell or the spanned ones),
 * never under a standalone label, and holds no numbers.
 */
export function isSubHeaderRow(first: readonly string[], second: readonly string[]): boolean {
  const spans = first.some((c, j) => c === "" && j > 0 && first.slice(0, j).some((x) => x !== ""));
  if (!spans || second.every((c) => c === "")) return false;
  if (second.some((c) => c !== "" && isNumeric(c))) return false;
  return second.every((c, j) => c === "" || first[j] === "" || first[j + 1] === "");
}

/** Width of the header: up to its last non-empty cell in any row. */
export function headerWidth(rows: readonly (readonly string[])[]): number {
  return Math.max(0, ...rows.map((r) => withoutTrailingEmpty(r).length));
}

/**
 * One name per column. A single row is used as printed; with two rows each
 * empty top cell belongs to the group label on its left, and a column with a
 * sub-label is named `group/sub`.
 */
export function flattenHeader(rows: readonly (readonly string[])[], width: number): string[] {
  const top = rows[0] ?? [];
  const sub = rows[1];
  if (!sub) return Array.from({ length: width }, (_, j) => top[j] ?? "");
  let group = "";
  return Array.from({ length: width }, (_, j) => {
    if ((top[j] ?? "") !== "") group = top[j] ?? "";
    const s = sub[j] ?? "";
    if (s === "") return group;
    return group === "" ? s : `${group}/${s}`;
  });
}

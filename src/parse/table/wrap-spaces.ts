import { charLength } from "../../lib/text.ts";

/*
 * A converter that keeps a cell's visual line breaks turns them into a space:
 * `北京铁路电气化学 校`. Between two Han characters such a space is never
 * printed text, unless the cell is a space-separated list (`航空服务 民航运输服务`,
 * `郭朝红 曹景龙`). The rule used here, per column:
 *   - a wrap fills the first line, so the piece before the space is at least as
 *     long as the piece after it, and pieces of one character only come from wraps;
 *   - list items are whole words (two or more characters each) and lists are
 *     printed in any order, typically short items first.
 * Every Han–space–Han gap in a column votes "wrap" or "list" by that shape; the
 * column is a list column when list votes outnumber wrap votes, and then all its
 * spaces are kept. Header cells are names, never lists: their gaps are always wraps.
 */

const HAN_GAP = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu;
const HEADER_GAP = /(?<=\p{Script=Han}) +(?=[\p{Script=Han}（(])/gu;

/** For each Han–space–Han gap in a cell: true when its shape is that of a list separator. */
export function gapVotes(cell: string): boolean[] {
  const pieces = cell.split(/ +/);
  const votes: boolean[] = [];
  for (let k = 0; k + 1 < pieces.length; k++) {
    const left = pieces[k] ?? "";
    const right = pieces[k + 1] ?? "";
    if (!/\p{Script=Han}$/u.test(left) || !/^\p{Script=Han}/u.test(right)) continue;
    const l = charLength(left);
    const r = charLength(right);
    votes.push(l >= 2 && r >= 2 && l <= r);
  }
  return votes;
}

/** Marks the columns whose Han–space–Han gaps are mostly list separators. */
export function listColumns(rows: readonly (readonly string[])[], width: number): boolean[] {
  return Array.from({ length: width }, (_, col) => {
    const votes = rows.flatMap((r) => gapVotes(r[col] ?? ""));
    const lists = votes.filter(Boolean).length;
    return lists > votes.length - lists;
  });
}

/** Removes wrap spaces from a data cell unless its column holds lists. */
export function cleanDataCell(cell: string, isList: boolean): string {
  return isList ? cell : cell.replace(HAN_GAP, "");
}

/** Removes wrap spaces from a header cell (`调查人 数`, `中职校数 （所）`). */
export function cleanHeaderCell(cell: string): string {
  return cell.replace(HEADER_GAP, "");
}

/**
 * Table handler: claims the body, notes and page-break debris under a table
 * caption and reads it into header, columns and rows. The stages live in the
 * modules beside this one:
 *   extent (which lines) → split (tabs | layout gutters | words)
 *   → grid / tokens (header, repeated headers, continuations, widths) → note.
 */
import { finding } from "../../model/index.ts";
import type { ParsedTable, ScanContext } from "../types.ts";
import { parseBody } from "./body.ts";
import { matchTableCaption } from "./caption.ts";
import { isNumeric } from "./cells.ts";

export { matchTableCaption } from "./caption.ts";
export { fillMergedCells, isGroupColumn } from "./rowspan.ts";

/** Claims and parses the body that follows the caption at `captionIndex`. */
export function parseTableAt(ctx: ScanContext, captionIndex: number): ParsedTable {
  const caption = matchTableCaption(ctx.lines[captionIndex]?.text ?? "");
  return parseBody(ctx, captionIndex + 1, caption?.number ?? "?");
}

/**
 * True when a candidate displaced body really is a table: a header and at
 * least two data rows of two or more filled cells, at least a third of the
 * data cells (after the label column) numbers.
 */
function looksLikeTable(t: ParsedTable): boolean {
  if (t.bodyLines === null || t.rows.length < 2 || t.columns.length < 2) return false;
  if (t.rows.some((r) => r.filter((c) => c !== "").length < 2)) return false;
  const values = t.rows.flatMap((r) => r.slice(1)).filter((c) => c !== "");
  return values.filter(isNumeric).length * 3 >= values.length;
}

/**
 * At `index`, where prose was expected, tries to claim a table body that was
 * displaced away from its caption. Null when the lines are not a table body.
 * With the pending caption's `number`, the result carries a
 * table-body-displaced finding.
 */
export function claimDisplacedBody(ctx: ScanContext, index: number, number?: string): ParsedTable | null {
  const table = parseBody(ctx, index, number ?? "?");
  if (!looksLikeTable(table) || table.bodyLines === null) return null;
  if (number === undefined) return table;
  const line = table.bodyLines[0];
  return { ...table, findings: [finding("table-body-displaced", { number, line }, line), ...table.findings] };
}

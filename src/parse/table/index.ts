import type { ParsedTable, ScanContext, TableCaption } from "../types.ts";

/** Recognises a table caption line (`表 1-2-1 标题`, `表1-1`, `表 5`, with page-break leading spaces). */
export function matchTableCaption(text: string): TableCaption | null {
  const m = /^\s*表\s*(\d+(?:\s*[-－—.]\s*\d+)*)(?:\s+|[：:]\s*)?(\S.*?)?\s*$/.exec(text);
  if (!m || !m[1]) return null;
  const caption = (m[2] ?? "").trim();
  if (/^(所示|中|可见|显示)/.test(caption)) return null;
  return { number: m[1].replace(/\s+/g, "").replace(/[－—.]/g, "-"), caption };
}

/** Claims and parses the body that follows the caption at `captionIndex`. (To be implemented.) */
export function parseTableAt(_ctx: ScanContext, captionIndex: number): ParsedTable {
  return {
    header: [],
    columns: [],
    rows: [],
    rowLines: [],
    note: null,
    bodyLines: null,
    claimed: [],
    artefacts: [],
    findings: [],
    end: captionIndex + 1,
  };
}

/**
 * At `index`, where prose was expected, tries to claim a table body that was
 * displaced away from its caption. Null when the lines are not a table body.
 * (To be implemented.)
 */
export function claimDisplacedBody(_ctx: ScanContext, _index: number): ParsedTable | null {
  return null;
}

import type { SourceLine } from "../ingest/lines.ts";
import type { Artefact, Finding } from "../model/index.ts";

/**
 * What a block handler may ask of the document while it claims lines.
 * Indexes are 0-based positions in `lines`; `lines[i].no` is the 1-based line.
 */
export interface ScanContext {
  readonly lines: readonly SourceLine[];
  /** True where another block starts: an accepted heading, a table/figure caption, a case marker, a TOC header. */
  isBoundary(index: number): boolean;
}

/** What a table handler returns for one caption. */
export interface ParsedTable {
  /** Header rows, each exactly as wide as `columns`. Empty when there is no body. */
  readonly header: string[][];
  /** One flattened name per column: `group/sub` for two-row headers. */
  readonly columns: string[];
  /** Data rows, each exactly as wide as `columns`. */
  readonly rows: string[][];
  /** 1-based source line of each data row (its first line). */
  readonly rowLines: number[];
  /** Data-source note or footnote under the table, joined; null if none. */
  readonly note: string | null;
  /** First and last 1-based line of the body, or null when no body was found. */
  readonly bodyLines: [number, number] | null;
  /** Every 1-based line this table claimed (caption excluded): body, repeated headers, notes, blank lines inside. */
  readonly claimed: number[];
  /** Text removed from claimed lines (repeated headers, separators, repeated wrap characters). */
  readonly artefacts: Artefact[];
  readonly findings: Finding[];
  /** Index (0-based) of the first line after everything the table claimed. */
  readonly end: number;
}

/** A caption line recognised as a table caption. */
export interface TableCaption {
  /** As printed without 表 and spaces: "1-2-1", "5". */
  readonly number: string;
  readonly caption: string;
}

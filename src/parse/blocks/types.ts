import type { Artefact, Finding } from "../../model/index.ts";
import type { HeadingCandidate } from "../heading-candidate.ts";
import type { ParsedTable, ScanContext, TableCaption } from "../types.ts";

/** A run of prose, re-joined across hard wraps and page breaks. */
export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly lines: number[];
  readonly text: string;
}

export interface HeadingBlock {
  readonly kind: "heading";
  readonly line: number;
  readonly candidate: HeadingCandidate | null;
  readonly title: string;
  readonly level: number;
}

export interface TableBlock {
  readonly kind: "table";
  readonly line: number;
  readonly caption: TableCaption;
  table: ParsedTable;
  /** True when the body was found away from the caption (then the block itself is only the caption). */
  displaced: boolean;
}

export interface FigureBlock {
  readonly kind: "figure";
  readonly line: number;
  readonly number: string;
  readonly caption: string;
}

/** The marker line of a case; its extent is decided from the blocks that follow. */
export interface CaseBlock {
  readonly kind: "case";
  readonly line: number;
  readonly lines: number[];
  readonly number: string | null;
  readonly label: string;
  readonly title: string;
}

/** A footnote or a source note that belongs to no table (`① 资料来源：…`). */
export interface NoteBlock {
  readonly kind: "note";
  readonly lines: number[];
  readonly text: string;
}

export type ParsedBlock = ParagraphBlock | HeadingBlock | TableBlock | FigureBlock | CaseBlock | NoteBlock;

/** What a handler gives back when it recognises its kind at a position. */
export interface Claim {
  readonly blocks: ParsedBlock[];
  readonly artefacts?: Artefact[];
  readonly findings?: Finding[];
  /** Index of the first line not consumed. */
  readonly next: number;
}

/** The scanner's view for handlers: the scan context plus per-document facts. */
export interface BlockContext extends ScanContext {
  readonly wrapWidth: number | null;
  /** Accepted headings by 0-based line index. */
  readonly headingAt: (index: number) => HeadingBlock | undefined;
  /** The kind of page furniture a line is (page number, whitespace, separator, running header), or null. */
  readonly artefactAt: (index: number) => Artefact["kind"] | null;
}

/** One block kind: recognises itself at `index` or returns null. */
export interface BlockHandler {
  readonly kind: string;
  claim(ctx: BlockContext, index: number): Claim | null;
}

import type { Artefact, Finding } from "../../model/index.ts";

/** One non-blank body line cut into cells. */
export interface CellLine {
  readonly index: number;
  readonly no: number;
  readonly text: string;
  readonly cells: string[];
  /** A page break (blank line) comes right before this line. */
  readonly afterBreak: boolean;
}

/** A data row being built: its cells and the line it starts on. */
export interface RowDraft {
  cells: string[];
  readonly line: number;
}

/** What the cell stages hand back to the table handler. */
export interface GridResult {
  readonly header: string[][];
  readonly columns: string[];
  readonly rows: RowDraft[];
  readonly artefacts: Artefact[];
  readonly findings: Finding[];
}

/** Collects artefacts and findings while a stage works (passed in, never global). */
export interface Sink {
  readonly number: string;
  readonly artefacts: Artefact[];
  readonly findings: Finding[];
}

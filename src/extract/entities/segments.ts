/** A report's text as segments to scan for entities: narrative blocks and table cells, with their places. */
import type { Report, SchoolMention } from "../../model/index.ts";

/** One piece of text with where it is. */
export interface Segment {
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
  readonly where: SchoolMention["where"];
  readonly caseId: string | null;
  readonly table: string | null;
  readonly row: number | null;
  readonly column: string | null;
}

const WHERE: Record<Report["body"][number]["kind"], SchoolMention["where"]> = {
  heading: "heading",
  paragraph: "paragraph",
  table: "table",
  figure: "figure",
  case: "case",
  note: "note",
};

/** The narrative blocks (headings, paragraphs, captions, case titles, notes) in reading order. */
export function bodySegments(report: Report): Segment[] {
  return report.body.map((b) => ({
    text: b.text,
    line: b.line,
    endLine: b.endLine,
    where: WHERE[b.kind],
    caseId: b.kind === "case" ? b.ref : b.caseId,
    table: null,
    row: null,
    column: null,
  }));
}

/** Every non-empty data cell of every table, with its row line and column name. */
export function cellSegments(report: Report): Segment[] {
  const out: Segment[] = [];
  for (const t of report.tables) {
    t.rows.forEach((row, r) => {
      const line = t.rowLines[r] ?? t.line;
      row.forEach((cell, c) => {
        if (cell.trim() === "") return;
        out.push({
          text: cell,
          line,
          endLine: line,
          where: "table",
          caseId: null,
          table: t.id,
          row: r,
          column: t.columns[c] ?? String(c),
        });
      });
    });
  }
  return out;
}

/** Header cells of tables (they sometimes carry facts: 专业课程教师（其中双师型教师65人）). */
export function headerSegments(report: Report): Segment[] {
  return report.tables.flatMap((t) =>
    t.columns.map((column) => {
      const line = t.bodyLines?.[0] ?? t.line;
      return {
        text: column,
        line,
        endLine: line,
        where: "table" as const,
        caseId: null,
        table: t.id,
        row: null,
        column,
      };
    }),
  );
}

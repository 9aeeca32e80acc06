import { type Block, type Case, type Figure, type Finding, finding, type Table } from "../model/index.ts";
import { urls } from "../model/urls.ts";
import type { CaseBlock, FigureBlock, HeadingBlock, TableBlock } from "../parse/blocks/types.ts";
import { tableContent } from "../parse/table/content.ts";
import { firstLine, lastLine } from "./case-extent.ts";
import { IdPool, numberSlug } from "./ids.ts";
import type { Placement } from "./walk.ts";

export interface Items {
  tables: Table[];
  figures: Figure[];
  cases: Case[];
  body: Block[];
  findings: Finding[];
}

class ItemBuilder {
  readonly items: Items = { tables: [], figures: [], cases: [], body: [], findings: [] };
  private readonly pool = new IdPool();
  private readonly caseIds = new Map<CaseBlock, string>();
  private readonly casesById = new Map<string, Case>();
  private unnumberedCases = 0;

  constructor(
    private readonly reportId: string,
    private readonly headingIds: Map<HeadingBlock, string>,
  ) {}

  sectionId(p: Placement): string | null {
    return p.section ? (this.headingIds.get(p.section) ?? null) : null;
  }

  caseId(p: Placement): string | null {
    return p.inCase ? (this.caseIds.get(p.inCase) ?? null) : null;
  }

  table(p: Placement, b: TableBlock): string {
    const slug = numberSlug(b.caption.number);
    const id = this.pool.take(`tbl-${slug}`, () =>
      this.items.findings.push(finding("table-duplicate-number", { number: b.caption.number }, b.line)),
    );
    const t = b.table;
    const content = tableContent(t, b.caption.number, b.caption.caption);
    this.items.findings.push(...content.findings);
    this.items.tables.push({
      id,
      number: b.caption.number,
      caption: b.caption.caption,
      line: b.line,
      hasBody: t.bodyLines !== null,
      bodyLines: t.bodyLines,
      header: t.header,
      columns: t.columns,
      rows: content.rows,
      printed: content.printed,
      merges: content.merges,
      values: content.values,
      rowLines: t.rowLines,
      note: t.note,
      sectionId: this.sectionId(p),
      url: urls.table(this.reportId, id),
    });
    return id;
  }

  figure(p: Placement, b: FigureBlock): string {
    const id = this.pool.take(`fig-${numberSlug(b.number)}`, () =>
      this.items.findings.push(finding("figure-duplicate-number", { number: b.number }, b.line)),
    );
    const { number, caption, line } = b;
    this.items.figures.push({ id, number, caption, line, sectionId: this.sectionId(p), caseId: this.caseId(p) });
    return id;
  }

  openCase(p: Placement, b: CaseBlock): string {
    const slug = b.number ? numberSlug(b.number) : `u${++this.unnumberedCases}`;
    const id = this.pool.take(`case-${slug}`, () =>
      this.items.findings.push(finding("case-duplicate-number", { number: b.number ?? slug }, b.line)),
    );
    this.caseIds.set(b, id);
    const { number, label, title, line } = b;
    const url = urls.case(this.reportId, id);
    const record: Case = { id, number, label, title, line, endLine: lastLine(b), sectionId: this.sectionId(p), url };
    this.items.cases.push(record);
    this.casesById.set(id, record);
    return id;
  }

  /** Extends the case's endLine to cover a member block. */
  grow(caseId: string | null, endLine: number): void {
    const c = caseId ? this.casesById.get(caseId) : undefined;
    if (c && endLine > c.endLine) c.endLine = endLine;
  }
}

function blockText(p: Placement): string {
  const b = p.block;
  if (b.kind === "paragraph" || b.kind === "note") return b.text;
  if (b.kind === "table") return b.caption.caption;
  if (b.kind === "figure") return b.caption;
  return b.title;
}

/**
 * Turns placed blocks into table, figure and case records and the body (the
 * narrative in reading order, each block pointing at its record and case).
 */
export function extractItems(
  reportId: string,
  placements: readonly Placement[],
  headingIds: Map<HeadingBlock, string>,
): Items {
  const builder = new ItemBuilder(reportId, headingIds);
  for (const p of placements) {
    const b = p.block;
    let ref: string | null = null;
    if (b.kind === "heading") ref = headingIds.get(b) ?? null;
    else if (b.kind === "table") ref = builder.table(p, b);
    else if (b.kind === "figure") ref = builder.figure(p, b);
    else if (b.kind === "case") ref = builder.openCase(p, b);
    const caseId = builder.caseId(p);
    builder.grow(caseId, lastLine(b));
    const kind = b.kind;
    builder.items.body.push({ kind, line: firstLine(b), endLine: lastLine(b), text: blockText(p), ref, caseId });
  }
  return builder.items;
}

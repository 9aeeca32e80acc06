import type { Element, ElementContent } from "hast";

import { groupDigits } from "../../../lib/numbers.ts";
import type { Table, TableMerge } from "../../../model/index.ts";
import { headerMerges } from "../../../parse/table/header-spans.ts";
import { h, numbered, t } from "./h.ts";

/** The visible label of a table: `表1-2-1`. */
export function tableLabel(table: Table): string {
  return `表${table.number}`;
}

/** The merges of one part keyed by their top-left cell, and the cells they cover. */
function spans(merges: readonly TableMerge[], part: TableMerge["part"]) {
  const owners = new Map<string, TableMerge>();
  const covered = new Set<string>();
  for (const m of merges) {
    if (m.part !== part) continue;
    owners.set(`${m.row},${m.column}`, m);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++) if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
  }
  return { owners, covered };
}

/** Rows of cells with their spans: a merged region becomes its top-left cell, the cells it covers are left out. */
function spannedRows<T>(
  grid: readonly (readonly string[])[],
  width: number,
  merges: readonly TableMerge[],
  part: TableMerge["part"],
  cell: (text: string, span: { rowSpan: number; colSpan: number }, row: number, column: number) => T,
): T[][] {
  const { owners, covered } = spans(merges, part);
  return grid.map((row, r) =>
    Array.from({ length: width }, (_, c) => c).flatMap((c) => {
      if (covered.has(`${r},${c}`)) return [];
      const m = owners.get(`${r},${c}`);
      return [cell(row[c] ?? "", { rowSpan: m?.rows ?? 1, colSpan: m?.columns ?? 1 }, r, c)];
    }),
  );
}

const spanProps = (s: { rowSpan: number; colSpan: number }) => ({
  ...(s.colSpan > 1 ? { colSpan: s.colSpan } : {}),
  ...(s.rowSpan > 1 ? { rowSpan: s.rowSpan } : {}),
});

/** The header's merges; a record written before merges were recorded gets them from its header rows. */
function headerMergesOf(table: Table): readonly TableMerge[] {
  const predates = table.printed.length === 0 && table.rows.length > 0;
  return predates ? headerMerges(table.header) : table.merges;
}

function thead(table: Table): Element {
  const width = Math.max(0, ...table.header.map((r) => r.length));
  const rows = spannedRows(table.header, width, headerMergesOf(table), "header", (text, span) =>
    h("th", { scope: span.colSpan > 1 ? "colgroup" : "col", ...spanProps(span) }, [t(text)]),
  );
  return h(
    "thead",
    {},
    rows.map((cells) => h("tr", {}, cells)),
  );
}

/**
 * The data rows: a group label printed once over several rows spans them (its merge), and a cell
 * holding a number is right-aligned (`td.n`: a short class, a long table has a thousand of them) with
 * zh-CN thousands separators (19,349; the CSV and JSON keep the printed text).
 */
function tbody(table: Table): Element {
  const width = Math.max(table.columns.length, ...table.rows.map((r) => r.length));
  const rows = spannedRows(table.rows, width, table.merges, "body", (text, span, r, c) => {
    const numeric = table.values[r]?.[c] != null;
    return h("td", { ...(numeric ? { className: ["n"] } : {}), ...spanProps(span) }, [
      t(numeric ? groupDigits(text) : text),
    ]);
  });
  return h(
    "tbody",
    {},
    rows.map((cells) => h("tr", {}, cells)),
  );
}

/** How a table is rendered: in the narrative its caption links to the table's own page. */
export interface TableOptions {
  readonly linkPage: boolean;
}

/** `表1-2-1 caption`, the caption linked to the table page when asked (the number stays the anchor). */
function captionContent(table: Table, options: TableOptions): ElementContent[] {
  if (!options.linkPage) return numbered(tableLabel(table), table.caption);
  return [
    h("span", { className: ["num"] }, [t(tableLabel(table))]),
    t(" "),
    h("a", { href: table.url }, [t(table.caption)]),
  ];
}

/**
 * A table record as hast: `<table>` with `<caption>`, every header row in `<thead>`,
 * the data rows in `<tbody>`, inside a scroll wrapper with the table's note.
 * A table whose body was not found becomes a figure with its caption only.
 */
export function tableToHast(table: Table, options: TableOptions = { linkPage: false }): Element {
  const caption = captionContent(table, options);
  if (!table.hasBody) {
    return h("figure", { className: ["table-missing"], dataRef: table.id }, [
      h("figcaption", {}, caption),
      h("p", { className: ["note"] }, [t("原文中此表未能识别为文字表格（可能是图片），仅保留标题。")]),
    ]);
  }
  const parts: ElementContent[] = [h("caption", {}, caption)];
  if (table.header.length > 0) parts.push(thead(table));
  parts.push(tbody(table));
  const wrapped: ElementContent[] = [h("table", { dataRef: table.id }, parts)];
  if (table.note) wrapped.push(h("p", { className: ["note"] }, [t(table.note)]));
  return h("div", { className: ["table-scroll"] }, wrapped);
}

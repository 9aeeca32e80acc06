import type { Element, ElementContent } from "hast";

import type { Table } from "../../../model/index.ts";
import { h, numbered, t } from "./h.ts";
import { headerCells } from "./header-cells.ts";

/** The visible label of a table: `表1-2-1`. */
export function tableLabel(table: Table): string {
  return `表${table.number}`;
}

function thead(header: Table["header"]): Element {
  const rows = headerCells(header).map((cells) =>
    h(
      "tr",
      {},
      cells.map((cell) =>
        h(
          "th",
          {
            scope: cell.colSpan > 1 ? "colgroup" : "col",
            ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
            ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          },
          [t(cell.text)],
        ),
      ),
    ),
  );
  return h("thead", {}, rows);
}

function tbody(table: Table): Element {
  const width = Math.max(table.columns.length, ...table.rows.map((r) => r.length));
  const padded = (row: readonly string[]) => Array.from({ length: width }, (_, i) => row[i] ?? "");
  return h(
    "tbody",
    {},
    table.rows.map((row) =>
      h(
        "tr",
        {},
        padded(row).map((cell) => h("td", {}, [t(cell)])),
      ),
    ),
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
  if (table.header.length > 0) parts.push(thead(table.header));
  parts.push(tbody(table));
  const wrapped: ElementContent[] = [h("table", { dataRef: table.id }, parts)];
  if (table.note) wrapped.push(h("p", { className: ["note"] }, [t(table.note)]));
  return h("div", { className: ["table-scroll"] }, wrapped);
}

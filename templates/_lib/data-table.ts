import { type Html, type HtmlValue, markup } from "../../src/lib/html.ts";

/** A listing table's parts: its caption, column headings and rendered body rows. */
export interface DataTable {
  readonly caption: HtmlValue;
  readonly columns: readonly string[];
  readonly rows: HtmlValue;
  /** Class names of the `<table>` (the listing's look), e.g. `entity-table facts`. */
  readonly className?: string;
}

/** A scrolling `<table>` with a caption and `<th scope="col">` headings: every listing on the site. */
export function dataTable(t: DataTable): Html {
  return markup`<div class="table-scroll">
    <table${t.className ? markup` class="${t.className}"` : ""}>
      <caption>
        ${t.caption}
      </caption>
      <thead>
        <tr>
          ${t.columns.map((c) => markup`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${t.rows}
      </tbody>
    </table>
  </div>`;
}

/**
 * A `<td>` that names its column in `data-label`: on a phone a listing table (class `cards`) shows one
 * card per row, and the stylesheet prints this label before the value, where the header row is hidden.
 */
export function labelledCell(label: string, content: HtmlValue, className?: string): Html {
  return markup`<td${className ? markup` class="${className}"` : ""} data-label="${label}">${content}</td>`;
}
